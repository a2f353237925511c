//! What a part of a figure measures: the one list of units, shared by build.rs (which reads them
//! from `params/*.toml`) and the engine (which lists and formats the values).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Euro,
    Percent,
    Hours,
    Months,
    Weeks,
    Years,
    Date,
    Bool,
}

impl Unit {
    pub const ALL: [Unit; 8] = [
        Unit::Euro,
        Unit::Percent,
        Unit::Hours,
        Unit::Months,
        Unit::Weeks,
        Unit::Years,
        Unit::Date,
        Unit::Bool,
    ];

    /// The name in the files and in `steunwijzer params`: `euro`, `percent`, …
    pub fn code(self) -> &'static str {
        match self {
            Unit::Euro => "euro",
            Unit::Percent => "percent",
            Unit::Hours => "hours",
            Unit::Months => "months",
            Unit::Weeks => "weeks",
            Unit::Years => "years",
            Unit::Date => "date",
            Unit::Bool => "bool",
        }
    }

    /// The unit of a code, `None` for an unknown one.
    pub fn parse(code: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.code() == code)
    }
}
