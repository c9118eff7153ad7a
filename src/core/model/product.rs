//! Facts about the product that every surface (UI, CLI, exports) repeats.

pub const NAME: &str = "DevOps Maturity Self-Assessment";

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub const PURPOSE: &str = "Answer questions about how your organisation really builds, \
ships and runs software, judged on evidence from the last 90 days rather than intentions, \
and get an honest maturity profile: a level for each area of practice, your DORA \
performance band, the one constraint to fix first and a roadmap ordered so that each \
step pays for the next.";

/// The landing's one-line promise, above the button.
pub const PROMISE: &str = "An honest maturity level for your delivery practice, checked \
against your DORA delivery metrics, with the one constraint to fix first.";

pub const PRIVACY: &str = "Everything happens in your browser. Your answers are never \
sent anywhere: there is no server, no account and no analytics.";

/// What the assessment gives, as the landing lists it after the number of
/// areas: (title, text).
pub const GIVES: [(&str, &str); 3] = [
    (
        "Outcomes, not intentions",
        "Your practices are checked against your DORA delivery metrics, so an optimistic \
         answer shows up as one.",
    ),
    (
        "One thing to fix first",
        "A single next constraint and a roadmap in the order that makes each step pay for \
         the next.",
    ),
    (
        "Where your team disagrees",
        "Combine colleagues' links to see the team's level and the questions you answered \
         levels apart; snapshots show progress between reviews.",
    ),
];

/// The first of the landing's facts, under "{n} areas of practice".
pub const AREAS: &str = "From build and deployment to observability, security and toil, \
each scored from 1 to 5.";
