"""The Bayesian latent-class model (LCMCR) of Manrique-Vallier (2016): a vectorised Gibbs sampler.

Individuals fall into up to K latent classes (a truncated stick-breaking Dirichlet-process prior);
within a class the lists capture independently with class-specific probabilities. The prior on the
total is p(N) ∝ 1/N. Written from the paper (Biometrics 72(4):1246-1254, doi 10.1111/biom.12502),
not from the GPL R package. Every update is conjugate, and all arrays carry a leading "chain"
axis, so several chains, or chains over several data sets, advance together in one numpy call.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

ALPHA_SHAPE = 0.25  # Gamma(a, b) prior on the stick-breaking concentration, the package default
ALPHA_RATE = 0.25
LARGEST_STICK = 1.0 - 1e-12  # keeps log(1 - V) finite when one class takes everybody
SMALLEST_PROBABILITY = 1e-12  # keeps logs finite when a Beta draw underflows to 0 or rounds to 1


@dataclass(frozen=True)
class SamplerSettings:
    """How long and how wide to run the sampler."""

    classes: int = 10
    chains: int = 4
    burn_in: int = 5000
    draws: int = 2500  # kept per chain
    thin: int = 1


@dataclass
class _State:
    """One Gibbs state per chain: capture probabilities, class weights, concentration."""

    capture: np.ndarray  # (chains, K, J)
    log_weights: np.ndarray  # (chains, K)
    alpha: np.ndarray  # (chains,)


def sample_totals(
    patterns: np.ndarray, counts: np.ndarray, settings: SamplerSettings, rng: np.random.Generator
) -> np.ndarray:
    """Posterior draws of the total N, shape (data sets, chains, draws).

    `patterns` is the (P, J) 0/1 matrix of observable patterns; `counts` is (data sets, P).
    """
    counts = np.atleast_2d(counts).astype(np.int64)
    per_chain = np.repeat(counts, settings.chains, axis=0)
    state = _initial_state(per_chain.shape[0], settings.classes, patterns.shape[1], rng)
    observed = per_chain.sum(axis=1)
    kept = np.empty((settings.draws, per_chain.shape[0]), dtype=np.int64)
    for step in range(settings.burn_in + settings.draws * settings.thin):
        unobserved = _gibbs_step(state, patterns, per_chain, observed, rng)
        kept_index, remainder = divmod(step - settings.burn_in, settings.thin)
        if step >= settings.burn_in and remainder == 0:
            kept[kept_index] = observed + unobserved
    return kept.T.reshape(counts.shape[0], settings.chains, settings.draws)


def _initial_state(chains: int, classes: int, lists: int, rng: np.random.Generator) -> _State:
    """Dispersed starting points so that disagreeing chains reveal poor mixing."""
    return _State(
        capture=rng.uniform(0.05, 0.95, size=(chains, classes, lists)),
        log_weights=np.full((chains, classes), -np.log(classes)),
        alpha=np.ones(chains),
    )


def _gibbs_step(
    state: _State,
    patterns: np.ndarray,
    counts: np.ndarray,
    observed: np.ndarray,
    rng: np.random.Generator,
) -> np.ndarray:
    """One sweep over all full conditionals; returns the sampled number never documented."""
    log_capture, log_miss = np.log(state.capture), np.log1p(-state.capture)
    in_class = _allocate_observed(state, patterns, counts, log_capture, log_miss, rng)
    log_unseen = state.log_weights + log_miss.sum(axis=2)  # (chains, K): class and on no list
    unobserved = _sample_unobserved(log_unseen, observed, rng)
    unseen_in_class = rng.multinomial(unobserved, _normalised(log_unseen))
    class_sizes = in_class.sum(axis=1) + unseen_in_class
    captured = in_class.transpose(0, 2, 1) @ patterns
    drawn = rng.beta(1 + captured, 1 + class_sizes[:, :, None] - captured)
    state.capture = np.clip(drawn, SMALLEST_PROBABILITY, 1.0 - SMALLEST_PROBABILITY)
    _update_weights(state, class_sizes, rng)
    return unobserved


def _allocate_observed(
    state: _State,
    patterns: np.ndarray,
    counts: np.ndarray,
    log_capture: np.ndarray,
    log_miss: np.ndarray,
    rng: np.random.Generator,
) -> np.ndarray:
    """Split the individuals of each observed pattern among the latent classes, (chains, P, K)."""
    log_pattern = (log_capture @ patterns.T + log_miss @ (1 - patterns).T).transpose(0, 2, 1)
    return rng.multinomial(counts, _normalised(state.log_weights[:, None, :] + log_pattern))


def _sample_unobserved(log_unseen: np.ndarray, observed: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """n0 ~ NegBin(n, 1 - p0), the full conditional under the 1/N prior on the total."""
    top = log_unseen.max(axis=1, keepdims=True)
    p_unseen = np.exp(top[:, 0]) * np.exp(log_unseen - top).sum(axis=1)
    return rng.negative_binomial(observed, np.clip(1.0 - p_unseen, 1e-300, 1.0))


def _update_weights(state: _State, class_sizes: np.ndarray, rng: np.random.Generator) -> None:
    """Stick-breaking weights given class sizes, then the concentration given the sticks."""
    later = np.cumsum(class_sizes[:, ::-1], axis=1)[:, ::-1] - class_sizes  # sum over l > k
    sticks = rng.beta(1 + class_sizes[:, :-1], state.alpha[:, None] + later[:, :-1])
    sticks = np.clip(sticks, SMALLEST_PROBABILITY, LARGEST_STICK)
    log_rest = np.cumsum(np.log1p(-sticks), axis=1)
    state.log_weights = np.concatenate(
        [np.log(sticks[:, :1]), np.log(sticks[:, 1:]) + log_rest[:, :-1], log_rest[:, -1:]], axis=1
    )
    rate = ALPHA_RATE - log_rest[:, -1]
    state.alpha = rng.gamma(ALPHA_SHAPE + class_sizes.shape[1] - 1, 1.0 / rate)


def _normalised(log_weights: np.ndarray) -> np.ndarray:
    """Probabilities along the last axis from unnormalised log weights, summing to one."""
    weights = np.exp(log_weights - log_weights.max(axis=-1, keepdims=True))
    return weights / weights.sum(axis=-1, keepdims=True)
