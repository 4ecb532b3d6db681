"""Logging in and out of the monitors' application."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy

login = auth_views.LoginView.as_view(
    template_name="web/login.html", redirect_authenticated_user=True, next_page=reverse_lazy("web:home")
)
logout = auth_views.LogoutView.as_view(next_page=reverse_lazy("web:public_prisoners"))
