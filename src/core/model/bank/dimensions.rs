//! The areas of practice the assessment covers. Ids are stable once
//! released. What an area's level means is said from the person's own
//! answers (the statements chosen, what holds the level, the next option of
//! each row), never from a generic description of the level.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dimension {
    pub id: &'static str,
    pub name: &'static str,
    pub summary: &'static str,
}

pub const DIMENSIONS: &[Dimension] = &[
    Dimension {
        id: "culture",
        name: "Culture & collaboration",
        summary: "Shared ownership between development and operations, blameless \
                  postmortems and learning from incidents.",
    },
    Dimension {
        id: "ci",
        name: "Build & continuous integration",
        summary: "Every commit builds and runs the tests; a red build stops the line.",
    },
    Dimension {
        id: "delivery",
        name: "Deployment & release",
        summary: "Automated deployments, staging that resembles production, one-click \
                  promotion and rollback, immutable artifacts, progressive delivery.",
    },
    Dimension {
        id: "infra",
        name: "Infrastructure & configuration",
        summary: "Infrastructure as code, remote state, reviewed changes, drift detection \
                  and GitOps.",
    },
    Dimension {
        id: "observability",
        name: "Observability & alerting",
        summary: "Structured logs, metrics and traces; alerts on symptoms users feel and on \
                  error-budget burn.",
    },
    Dimension {
        id: "reliability",
        name: "Reliability & incident response",
        summary: "Runbooks, SLOs and error budgets, time to restore, automated remediation \
                  and chaos experiments.",
    },
    Dimension {
        id: "security",
        name: "Security & compliance",
        summary: "Scanning shifted left, secrets management, policy as code and an audit \
                  trail that writes itself.",
    },
    Dimension {
        id: "measurement",
        name: "Measurement & feedback",
        summary: "The four DORA keys measured from real data and reviewed on a schedule.",
    },
    Dimension {
        id: "platform",
        name: "Platform & self-service",
        summary: "Golden paths and self-service provisioning so product teams do not wait \
                  on tickets.",
    },
    Dimension {
        id: "toil",
        name: "Operational debt & toil",
        summary: "A maintained debt register and the share of engineering time lost to \
                  repetitive manual work.",
    },
];

/// Looks a dimension up by its stable id.
pub fn by_id(id: &str) -> Option<&'static Dimension> {
    DIMENSIONS.iter().find(|d| d.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_lowercase_ascii() {
        let mut seen = HashSet::new();
        for d in DIMENSIONS {
            assert!(seen.insert(d.id), "duplicate dimension id {}", d.id);
            assert!(
                d.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "id {:?} must stay URL- and JSON-friendly",
                d.id
            );
        }
    }

    #[test]
    fn covers_the_ten_areas_of_the_sources() {
        assert_eq!(DIMENSIONS.len(), 10);
        for id in [
            "culture",
            "ci",
            "delivery",
            "infra",
            "observability",
            "reliability",
            "security",
            "measurement",
            "platform",
            "toil",
        ] {
            assert!(by_id(id).is_some(), "missing dimension {id}");
        }
    }

    #[test]
    fn unknown_id_is_none() {
        assert_eq!(by_id("kubernetes"), None);
    }
}
