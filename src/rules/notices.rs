//! What a whole result says besides the decisions: a figure in use that is not confirmed or is
//! past its update, a peildatum beyond the figures, a wage below the minimum.

use super::arrangement::Arrangement;
use super::params;
use super::result::{Arrangements, Notice, Notices, Status};
use super::scenario::{Benefit, Scenario};
use crate::txt;

/// The notices for `s`, into `out` (empty; in the result, where they stay).
pub fn notices(s: &Scenario, arrangements: &Arrangements, figures: params::On, out: &mut Notices) {
    // A peildatum more than a year after the newest scheduled figure: beyond what they can say.
    let newest = params::newest_scheduled();
    if s.date > newest.add_months(12) {
        out.push(Notice::new(txt!(
            "Let op: de peildatum ligt meer dan een jaar na de nieuwste bedragen in deze versie (die gelden vanaf {}). Voor deze datum is de schatting onbetrouwbaar: veel bedragen en regels kunnen veranderd zijn.",
            "Note: the reference date is more than a year after the newest figures in this version (valid from {}). For this date the estimate is unreliable: many amounts and rules may have changed.",
            newest,
        )));
    }
    for (i, figure) in figures.uncertain() {
        if figure_in_use(i, figure, s, arrangements) {
            // Of the youth percentages only the person's own age matters.
            let part = (figure == params::YOUTH_PCT.figure)
                .then(|| params::youth_part(s.employee.age))
                .flatten();
            out.push(Notice::figure(figure, s.date, part));
        }
    }
    let min = params::minimum_wage(s.employee.age, s.date);
    if s.job.hourly_wage < min {
        out.push(Notice::new(txt!(
            "Het uurloon ({}) is lager dan het minimumloon voor {} jaar ({}). Dat mag niet. Vul het loon van de functie in, vóór loondispensatie.",
            "The hourly wage ({}) is below the minimum wage at age {} ({}). That is not allowed. Enter the wage for the job, before wage dispensation.",
            s.job.hourly_wage,
            s.employee.age,
            min,
        )));
    }
}

/// Whether the answer for `s` depends on figure `f`: not when the arrangement of its file (a file
/// per arrangement, `lkv.toml` for `lkv`) does not apply anyway; the youth percentages only below
/// 21, the experiment only for the benefits it concerns, an LKV category only for whom it could
/// apply.
fn figure_in_use(i: usize, f: &params::Figure, s: &Scenario, arrangements: &Arrangements) -> bool {
    use params::*;
    let not_eligible = arrangement_of(i)
        .and_then(|a| arrangements.get(a))
        .is_some_and(|d| d.status == Status::NotEligible);
    if not_eligible {
        return false;
    }
    let e = &s.employee;
    let is = |p: &Figure| f == p;
    if is(YOUTH_PCT.figure) {
        params::youth_part(e.age).is_some()
    } else if is(LOONDISPENSATIE_EXPERIMENT.figure) {
        matches!(
            (e.benefit, e.wajong_work_capacity),
            (Benefit::Wajong, Some(false) | None) | (Benefit::Wia, _)
        )
    } else if is(LKV_OUDERE_WERKNEMER.figure) {
        // Not for a current employee (employed here in the 6 months before).
        s.job.already_employed != Some(true)
            && u32::from(e.age) >= LKV_OUDERE_WERKNEMER.at(s.date).value.min_age
    } else if is(LKV_ARBEIDSGEHANDICAPT.figure) {
        s.job.already_employed != Some(true)
            && (e.benefit.is_disability() || e.benefit == Benefit::Unknown)
    } else if is(LKV_BANENAFSPRAAK.figure) {
        e.benefit == Benefit::Wajong || e.target_group_register != Some(false)
    } else if is(LKV_HERPLAATSEN.figure) {
        // For an own employee resuming work here after a WIA claim.
        s.job.already_employed == Some(true) && matches!(e.benefit, Benefit::Wia | Benefit::Unknown)
    } else if is(LIV.figure) {
        LIV.at(s.date).value.in_force
    } else {
        true
    }
}

/// The arrangement that figure `i` of [`params::FIGURES`] is about: the one its file is named
/// after (`lkv.toml` for `lkv`), if any. Worked out once, so that evaluating compares no names.
fn arrangement_of(i: usize) -> Option<Arrangement> {
    static ARRANGEMENT: std::sync::OnceLock<Vec<Option<Arrangement>>> = std::sync::OnceLock::new();
    ARRANGEMENT.get_or_init(|| {
        params::FIGURES
            .iter()
            .map(|f| Arrangement::from_key(f.file.strip_suffix(".toml").unwrap_or(f.file)))
            .collect()
    })[i]
}
