"""Pages of the monitors' application and the public site."""

from django.urls import URLPattern, URLResolver, path

from chronicle.web.views import (
    auth,
    dashboard,
    edit,
    event,
    history,
    legal_case,
    letter,
    organization,
    person,
    public,
    review,
    search,
    source,
)

app_name = "web"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", dashboard.dashboard, name="home"),
    path("login/", auth.login, name="login"),
    path("logout/", auth.logout, name="logout"),
    path("persons/", person.person_list, name="persons"),
    path("persons/<int:pk>/", person.person_detail, name="person"),
    path("organizations/", organization.organization_list, name="organizations"),
    path("organizations/<int:pk>/", organization.organization_detail, name="organization"),
    path("events/", event.event_list, name="events"),
    path("events/<int:pk>/", event.event_detail, name="event"),
    path("acts/<int:pk>/", event.act_detail, name="act"),
    path("cases/", legal_case.legal_case_list, name="legal_cases"),
    path("cases/<int:pk>/", legal_case.legal_case_detail, name="legal_case"),
    path("letters/", letter.letter_list, name="letters"),
    path("letters/<int:pk>/", letter.letter_detail, name="letter"),
    path("sources/", source.source_list, name="sources"),
    path("sources/<int:pk>/", source.source_detail, name="source"),
    path("search/", search.search_page, name="search"),
    path("history/<str:kind>/<int:pk>/", history.history, name="history"),
    path("new/<str:kind>/", edit.create, name="create"),
    path("edit/<str:kind>/<int:pk>/", edit.edit, name="edit"),
    path("review/", review.review_queue, name="review_queue"),
    path("review/<int:pk>/", review.review_job, name="review_job"),
    path("review/<int:pk>/bulk/", review.accept_in_bulk, name="review_bulk"),
    path("review/proposals/<int:pk>/", review.decide, name="review_decide"),
    path("public/", public.prisoners, name="public_prisoners"),
    path("public/statistics/", public.statistics, name="public_statistics"),
    path("public/persons/<int:pk>/", public.person, name="public_person"),
    path("public/cases/<int:pk>/", public.legal_case, name="public_legal_case"),
    path("public/letters/", public.letters, name="public_letters"),
    path("public/letters/<int:pk>/", public.letter, name="public_letter"),
]
