//! Table-driven tests of the rules engine: one named row per case, one file per arrangement
//! (`loondispensatie_cases.rs`, …; the figures' notices in `uncertain_figures.rs`). Each row starts from [`base`]
//! (the contract's example: a Wajonger with arbeidsvermogen, 24 hours at € 14,71, loonwaarde 60 %,
//! 12 months, peildatum 2026-01-01), applies a tweak, and states what one arrangement must say.
//!
//! Figures come from `../shared/domain/README.md`; every expected amount is worked out by hand in
//! the row's comment or name, never copied from the engine's output.

use super::arrangement::Arrangement;
use super::date::Date;
use super::evaluate;
use super::jobcoach;
use super::lkv;
use super::loondispensatie;
use super::loonkostensubsidie;
use super::money::{Cents, Hours, Pct};
use super::params::{self, LKV_BANENAFSPRAAK, LKV_OUDERE_WERKNEMER};
use super::result::{Amount, AmountKey, Cover, Decision, Provider, Status};
use super::scenario::{Benefit, Employee, Job, Scenario};

use Status::{Eligible, NeedsInfo, NotEligible};

mod jobcoach_cases;
mod lkv_cases;
mod loondispensatie_cases;
mod loonkostensubsidie_cases;
mod no_riskpolis_cases;
mod proefplaatsing_cases;
mod uncertain_figures;
mod werkbehoud_cases;
mod werkplekaanpassing_cases;

use jobcoach_cases::jobcoach_cases;
use lkv_cases::lkv_cases;
use loondispensatie_cases::loondispensatie_cases;
use loonkostensubsidie_cases::loonkostensubsidie_cases;
use no_riskpolis_cases::no_riskpolis_cases;
use proefplaatsing_cases::proefplaatsing_cases;
use werkbehoud_cases::werkbehoud_cases;
use werkplekaanpassing_cases::werkplekaanpassing_cases;

/// The contract's example scenario.
fn base() -> Scenario {
    Scenario {
        date: Date::ymd(2026, 1, 1),
        employee: Employee {
            age: 24,
            benefit: Benefit::Wajong,
            wajong_work_capacity: Some(true),
            target_group_register: None,
            structural_limitation: Some(true),
            wsw: false,
            loonwaarde: Some(Pct::whole(60)),
        },
        job: Job {
            already_employed: Some(false),
            hours_per_week: Hours(2400),
            hourly_wage: Cents(1471),
            contract_months: Some(12),
        },
    }
}

fn on(s: &mut Scenario, y: i32, m: u8, d: u8) {
    s.date = Date::ymd(y, m, d);
}

/// Someone with `benefit` and nothing else known to qualify them (no Wajong capacity question,
/// not in the register).
fn benefit(s: &mut Scenario, b: Benefit) {
    s.employee.benefit = b;
    s.employee.wajong_work_capacity = None;
    s.employee.target_group_register = Some(false);
}

/// Nobody in any target group: no benefit, not in the register, no structural limitation.
fn outsider(s: &mut Scenario) {
    benefit(s, Benefit::NoBenefit);
    s.employee.structural_limitation = Some(false);
}

/// An older unemployed person (WW) of `age`, not in the register.
fn older_ww(s: &mut Scenario, age: u8) {
    benefit(s, Benefit::Ww);
    s.employee.age = age;
}

/// LIV in its wage band: 2024, € 14,50 an hour, 24 hours (1.248 hours a year, the minimum).
fn liv_2024(s: &mut Scenario) {
    on(s, 2024, 3, 1);
    s.job.hourly_wage = Cents(1450);
}

fn pwet(s: &mut Scenario) {
    benefit(s, Benefit::Participatiewet);
}

/// The rows name the arrangement they are about by a short alias of its [`Arrangement`].
type Arr = Arrangement;

#[derive(Debug)]
enum Expect {
    /// A euro amount, in cents.
    Euro(&'static str, i64),
    /// Hours, in hundredths.
    Hrs(&'static str, i64),
    Count(&'static str, i64),
    NoAmount(&'static str),
    NoAmounts,
    Provider(Option<Provider>),
    Cover(Option<Cover>),
    Category(Option<&'static str>),
}

struct Case {
    name: &'static str,
    arr: Arr,
    tweak: fn(&mut Scenario),
    /// `None`: the arrangement must be absent from the result (LIV from 2025 on).
    status: Option<Status>,
    expect: Vec<Expect>,
}

fn case(name: &'static str, arr: Arr, tweak: fn(&mut Scenario), status: Status) -> Case {
    Case {
        name,
        arr,
        tweak,
        status: Some(status),
        expect: Vec::new(),
    }
}

fn absent(name: &'static str, arr: Arr, tweak: fn(&mut Scenario)) -> Case {
    Case {
        name,
        arr,
        tweak,
        status: None,
        expect: Vec::new(),
    }
}

impl Case {
    fn euro(mut self, key: &'static str, cents: i64) -> Case {
        self.expect.push(Expect::Euro(key, cents));
        self
    }
    fn hours(mut self, key: &'static str, hundredths: i64) -> Case {
        self.expect.push(Expect::Hrs(key, hundredths));
        self
    }
    fn count(mut self, key: &'static str, n: i64) -> Case {
        self.expect.push(Expect::Count(key, n));
        self
    }
    fn no(mut self, key: &'static str) -> Case {
        self.expect.push(Expect::NoAmount(key));
        self
    }
    fn no_amounts(mut self) -> Case {
        self.expect.push(Expect::NoAmounts);
        self
    }
    fn provider(mut self, p: Option<Provider>) -> Case {
        self.expect.push(Expect::Provider(p));
        self
    }
    fn cover(mut self, c: Option<Cover>) -> Case {
        self.expect.push(Expect::Cover(c));
        self
    }
    fn category(mut self, c: Option<&'static str>) -> Case {
        self.expect.push(Expect::Category(c));
        self
    }

    fn scenario(&self) -> Scenario {
        let mut s = base();
        (self.tweak)(&mut s);
        s
    }

    /// Every way this case's result differs from the row (empty: the row holds).
    fn problems(&self) -> Vec<String> {
        let eval = evaluate(&self.scenario());
        // The rows name amounts by their contract key: a misspelt key fails the row.
        let key = |k: &str| AmountKey::from_key(k).unwrap_or_else(|| panic!("no amount {k:?}"));
        let d = eval.arrangements.get(self.arr);
        let mut out = Vec::new();
        let d = match (d, self.status) {
            (None, None) => return out,
            (Some(d), None) => {
                out.push(format!(
                    "expected {:?} to be absent, got {:?}",
                    self.arr, d.status
                ));
                return out;
            }
            (None, Some(_)) => {
                out.push(format!("{:?} is absent", self.arr));
                return out;
            }
            (Some(d), Some(want)) => {
                if d.status != want {
                    out.push(format!("status {:?}, want {want:?}", d.status));
                }
                d
            }
        };
        for e in &self.expect {
            match *e {
                Expect::Euro(k, c) => {
                    if d.amounts.get(key(k)) != Some(Amount::Euro(Cents(c))) {
                        out.push(format!("{k} = {:?}, want Euro({c})", d.amounts.get(key(k))));
                    }
                }
                Expect::Hrs(k, h) => {
                    if d.amounts.get(key(k)) != Some(Amount::Hours(Hours(h))) {
                        out.push(format!(
                            "{k} = {:?}, want Hours({h})",
                            d.amounts.get(key(k))
                        ));
                    }
                }
                Expect::Count(k, n) => {
                    if d.amounts.get(key(k)) != Some(Amount::Count(n)) {
                        out.push(format!(
                            "{k} = {:?}, want Count({n})",
                            d.amounts.get(key(k))
                        ));
                    }
                }
                Expect::NoAmount(k) => {
                    if d.amounts.get(key(k)).is_some() {
                        out.push(format!("{k} = {:?}, want none", d.amounts.get(key(k))));
                    }
                }
                Expect::NoAmounts => {
                    if !d.amounts.is_empty() {
                        out.push(format!("amounts {:?}, want none", d.amounts));
                    }
                }
                Expect::Provider(p) => {
                    if d.provider != p {
                        out.push(format!("provider {:?}, want {p:?}", d.provider));
                    }
                }
                Expect::Cover(c) => {
                    if d.duration_years != c {
                        out.push(format!("cover {:?}, want {c:?}", d.duration_years));
                    }
                }
                Expect::Category(c) => {
                    if d.category != c {
                        out.push(format!("category {:?}, want {c:?}", d.category));
                    }
                }
            }
        }
        out
    }
}

use Arrangement::{
    Jobcoach as Jc, Liv, Lkv, Loondispensatie as Ldp, Loonkostensubsidie as Lks,
    NoRiskpolis as Nrp, Proefplaatsing as Pp, Werkbehoud as Wb, Werkplekaanpassing as Wpa,
};

fn all_cases() -> Vec<Case> {
    let mut v = loondispensatie_cases();
    v.extend(no_riskpolis_cases());
    v.extend(jobcoach_cases());
    v.extend(lkv_cases());
    v.extend(loonkostensubsidie_cases());
    v.extend(proefplaatsing_cases());
    v.extend(werkplekaanpassing_cases());
    v.extend(werkbehoud_cases());
    v
}

fn run(cases: Vec<Case>) {
    let mut failures = Vec::new();
    for c in &cases {
        let p = c.problems();
        if !p.is_empty() {
            failures.push(format!("{}: {}", c.name, p.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n  {}",
        failures.len(),
        cases.len(),
        failures.join("\n  ")
    );
}

#[test]
fn table_is_large_and_names_are_unique() {
    let cases = all_cases();
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let mut names: Vec<&str> = cases.iter().map(|c| c.name).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "duplicate case names");
    for arr in [Ldp, Nrp, Jc, Lkv, Lks, Pp, Liv] {
        for status in [Eligible, NotEligible, NeedsInfo] {
            // LIV has no "needs_info" route: it asks nothing the scenario does not hold.
            if arr == Liv && status == NeedsInfo {
                continue;
            }
            assert!(
                cases
                    .iter()
                    .any(|c| c.arr == arr && c.status == Some(status)),
                "no {status:?} row for {arr:?}"
            );
        }
    }
}

/// Every decision in every row's result (all arrangements, not only the one the row is about)
/// explains itself: at least one reason, each with text, a law label and an https link.
#[test]
fn every_decision_of_every_case_has_reasons_with_law_and_link() {
    for c in all_cases() {
        let eval = evaluate(&c.scenario());
        for (key, d) in eval.arrangements.iter() {
            assert!(!d.reasons.is_empty(), "{}: {key} has no reason", c.name);
            for r in &d.reasons {
                assert!(
                    !r.text.nl().trim().is_empty() && !r.text.en().trim().is_empty(),
                    "{}: {key}: empty text",
                    c.name
                );
                let label = r.basis.label();
                assert!(
                    !label.trim().is_empty(),
                    "{}: {key}: empty law label",
                    c.name
                );
                let url = r.basis.url();
                assert!(
                    url.starts_with("https://") && url.len() > "https://".len() + 3,
                    "{}: {key}: url {url}",
                    c.name
                );
            }
        }
    }
}

fn days_since_epoch(d: Date) -> i64 {
    // Inverse of Date::from_unix_days (Howard Hinnant's days_from_civil).
    let y = d.year as i64 - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = d.month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d.day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[test]
fn youth_minimum_wage_at_19_is_60_percent() {
    assert_eq!(params::minimum_wage(19, Date::ymd(2026, 1, 1)), Cents(883));
    assert_eq!(
        params::minimum_wage(20, Date::ymd(2026, 1, 1)),
        Cents(1471).pct(Pct::whole(80))
    );
    assert_eq!(params::minimum_wage(21, Date::ymd(2026, 1, 1)), Cents(1471));
}

/// Every reason, next step and notice of a varied set of evaluations renders completely in Dutch
/// and English: each `{}` gets its argument and every argument is used.
#[test]
fn every_text_fills_its_placeholders_exactly() {
    let mut scenarios = super::sample::scenarios(3_000);
    scenarios.extend(all_cases().iter().map(Case::scenario));
    let mut templates = std::collections::HashSet::new();
    for s in &scenarios {
        let e = evaluate(s);
        let reasons = e.arrangements.iter().flat_map(|(_, d)| &d.reasons);
        let steps = e.next_steps();
        let texts = reasons
            .map(|r| r.text)
            .chain(steps.iter().map(|st| st.text))
            .chain(e.notices.iter().filter_map(|n| match n {
                super::result::Notice::Text(t) => Some(*t),
                super::result::Notice::Figure { .. } => None,
            }));
        for t in texts {
            if let Err(problem) = t.check() {
                panic!("{problem} in {:?} for {s:?}", t.msg());
            }
            templates.insert(t.msg().nl);
        }
    }
    // The set reaches every text: 97 templates when this test was written.
    assert!(
        templates.len() >= 97,
        "only {} texts reached",
        templates.len()
    );
}

/// `Arrangements::iter` gives the six arrangements in display order with their own decisions, and
/// LIV last when it is there.
#[test]
fn arrangements_iterate_in_display_order_with_liv_last() {
    let mut s = base();
    for with_liv in [false, true] {
        if with_liv {
            liv_2024(&mut s);
        }
        let e = evaluate(&s);
        let a = &e.arrangements;
        let own = [
            &a.loondispensatie,
            &a.no_riskpolis,
            &a.jobcoach,
            &a.lkv,
            &a.loonkostensubsidie,
            &a.proefplaatsing,
            &a.werkplekaanpassing,
            &a.werkbehoud,
        ];
        let mut expected: Vec<(Arrangement, &Decision)> =
            Arrangement::ALWAYS.into_iter().zip(own).collect();
        expected.extend(a.liv.as_ref().map(|d| (Arrangement::Liv, d)));
        assert_eq!(expected.len(), if with_liv { 9 } else { 8 });
        let got: Vec<(Arrangement, &Decision)> = a.iter().collect();
        assert_eq!(got.len(), expected.len());
        for ((k, d), (ek, ed)) in got.into_iter().zip(expected) {
            assert_eq!(k, ek);
            assert!(std::ptr::eq(d, ed), "{k}");
        }
    }
}

fn reasons_nl(d: &Decision) -> String {
    d.reasons
        .iter()
        .map(|r| r.text(true))
        .collect::<Vec<_>>()
        .join(" ")
}

// ---------------------------------------------------------------------------------------------
// The engine's layout

/// Every module of `src/rules/` takes what it needs from the module that defines it, never from
/// `rules/mod.rs` (which calls the arrangement modules): `super::result::Status`, not
/// `super::Status`. Checked on the source text, without comments and the modules' own tests.
#[test]
fn no_module_of_the_engine_imports_from_its_top() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
    let modules: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            Some(name.strip_suffix(".rs").unwrap_or(&name).to_string())
        })
        .collect();
    let is_module = |name: &str| modules.iter().any(|m| m == name) || name == "self";
    let mut backward = Vec::new();
    for file in &modules {
        let path = dir.join(format!("{file}.rs"));
        if file == "mod" || !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // A module's own tests (at its end) may call the engine from the top.
        let code: String = text[..text.find("#[cfg(test)]").unwrap_or(text.len())]
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        for prefix in ["super::", "crate::rules::"] {
            for (at, _) in code.match_indices(prefix) {
                let rest = &code[at + prefix.len()..];
                let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
                    group[..group.find('}').unwrap_or(0)]
                        .split(',')
                        .map(|n| n.trim().split("::").next().unwrap_or(""))
                        .filter(|n| !n.is_empty())
                        .collect()
                } else {
                    vec![rest
                        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .next()
                        .unwrap_or("")]
                };
                for name in names {
                    // `super::super::…` in a nested test module climbs to the module itself.
                    if !is_module(name) && name != "super" {
                        backward.push(format!("{file}.rs: {prefix}{name}"));
                    }
                }
            }
        }
    }
    assert!(
        backward.is_empty(),
        "imports from rules/mod.rs: {backward:#?}"
    );
}
