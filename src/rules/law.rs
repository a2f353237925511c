//! The legal basis of every reason: the laws on wetten.overheid.nl (by their BWB id) and the
//! policy documents (UWV and gemeente pages) that the rules cite, with their labels and stable links.

/// A law on wetten.overheid.nl.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Law {
    pub name: &'static str,
    pub bwb: &'static str,
}

pub const WAJONG: &Law = &Law {
    name: "Wajong",
    bwb: "BWBR0008657",
};
pub const ZW: &Law = &Law {
    name: "Ziektewet",
    bwb: "BWBR0001888",
};
pub const WIA: &Law = &Law {
    name: "Wet WIA",
    bwb: "BWBR0019057",
};
pub const PWET: &Law = &Law {
    name: "Participatiewet",
    bwb: "BWBR0015703",
};
pub const WTL: &Law = &Law {
    name: "Wtl",
    bwb: "BWBR0037522",
};
pub const WW: &Law = &Law {
    name: "WW",
    bwb: "BWBR0004045",
};
pub const WML: &Law = &Law {
    name: "Wet minimumloon",
    bwb: "BWBR0002638",
};
pub const ARBOWET: &Law = &Law {
    name: "Arbeidsomstandighedenwet",
    bwb: "BWBR0010346",
};
pub const BESLUIT_LDP: &Law = &Law {
    name: "Besluit loondispensatie Wajong",
    bwb: "BWBR0020119",
};

/// Where a reason comes from: an article of a law, or a policy document (UWV protocol, regulation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    Article {
        law: &'static Law,
        article: &'static str,
        lid: Option<&'static str>,
    },
    Policy {
        title: &'static str,
        url: &'static str,
    },
}

pub const fn art(law: &'static Law, article: &'static str) -> Basis {
    Basis::Article {
        law,
        article,
        lid: None,
    }
}

pub const fn lid(law: &'static Law, article: &'static str, lid: &'static str) -> Basis {
    Basis::Article {
        law,
        article,
        lid: Some(lid),
    }
}

pub const fn policy(title: &'static str, url: &'static str) -> Basis {
    Basis::Policy { title, url }
}

impl Basis {
    /// "Ziektewet art. 29b lid 2"
    pub fn label(&self) -> String {
        match self {
            Basis::Article {
                law,
                article,
                lid: None,
            } => format!("{} art. {}", law.name, article),
            Basis::Article {
                law,
                article,
                lid: Some(l),
            } => format!("{} art. {} lid {}", law.name, article, l),
            Basis::Policy { title, .. } => title.to_string(),
        }
    }

    /// A stable link: the official JCI reference of the article on wetten.overheid.nl.
    pub fn url(&self) -> String {
        match self {
            Basis::Article { law, article, lid } => {
                let mut u = format!(
                    "https://wetten.overheid.nl/jci1.3:c:{}&artikel={}",
                    law.bwb, article
                );
                if let Some(l) = lid {
                    u.push_str("&lid=");
                    u.push_str(l);
                }
                u
            }
            Basis::Policy { url, .. } => url.to_string(),
        }
    }
}
