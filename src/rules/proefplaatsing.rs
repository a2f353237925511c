//! Proefplaatsing: unpaid trial work while the benefit continues (WW art. 76a; for UWV disability
//! benefits the Beleidsregels proefplaatsing UWV; for bijstand the gemeente's proefplaats,
//! Participatiewet art. 8a lid 2 d).

use super::arrangement::Arrangement;
use super::decide::Conditions;
use super::law::{lid, policy, Basis, PWET, WW};
use super::params::{self, PROEFPLAATSING, PROEFPLAATSING_PWET};
use super::result::{Decision, Provider, Reason, Status};
use super::scenario::{Benefit, Scenario};
use super::text::Text;
use crate::txt;

const WW_76A: &Basis = &lid(WW, "76a", "3");
const PWET_8A: &Basis = &lid(PWET, "8a", "2");
const BELEID: &Basis = &policy(
    "Beleidsregels proefplaatsing UWV 2013 (WIA art. 37, WAO art. 65g, WAZ art. 67e, Wajong art. 2:24)",
    "https://zoek.officielebekendmakingen.nl/stcrt-2012-25702.html",
);

pub fn decide(s: &Scenario) -> Decision {
    let mut decision = Decision::empty();
    decide_into(s, &mut decision);
    decision
}

/// [`decide`], into `out` (a [`Decision::empty`]): an evaluation builds its decisions in place.
pub(crate) fn decide_into<'d>(s: &Scenario, out: &'d mut Decision) -> &'d mut Decision {
    let figures = &PROEFPLAATSING.at(s.date).value;
    let mut conditions = Conditions::new(out);
    // WW 76a lid 1, Participatiewet 8a: a trial in a new job, not with one's own employer.
    if s.job.already_employed == Some(true) {
        conditions
            .fail(
                BELEID,
                txt!(
                    "Een proefplaatsing is er voor een nieuwe baan bij een werkgever waar iemand nog niet werkt. Uw kandidaat werkt al bij u. Kijk bij werkbehoud, de jobcoach en de werkplekaanpassing.",
                    "A trial placement is for a new job with an employer the person does not work for yet. Your candidate already works for you. See werkbehoud, the job coach and the workplace adaptation.",
                ),
            );
        return conditions.done();
    }
    // WW 76a, UWV's beleidsregels, or the gemeente (Participatiewet 8a): through the benefit.
    let (basis, mut conditions) = match through_the_benefit(s, figures, conditions) {
        Ok(found) => found,
        Err(decided) => {
            if s.job.already_employed.is_none() && decided.status == Status::Eligible {
                // The gemeente's proefplaats is for a new job too.
                decided
                    .reasons
                    .push(Reason::new(PWET_8A, not_known_whether_employed()));
                decided.status = Status::NeedsInfo;
                decided.provider = None;
            }
            return decided;
        }
    };
    if s.job.already_employed.is_none() {
        conditions.unknown(basis, not_known_whether_employed());
    }
    // WW 76a lid 1: the intention of a contract afterwards, of at least the minimum length.
    a_contract_afterwards(s, figures, basis, &mut conditions);
    conditions.done()
}

fn not_known_whether_employed() -> Text {
    txt!(
        "Werkt de kandidaat al bij u? Dan is een proefplaatsing niet mogelijk: die is er voor een nieuwe baan.",
        "Does the candidate already work for you? Then a trial placement is not possible: it is for a new job.",
    )
}

/// The rule it rests on for this benefit (`Ok`), or the decision already (`Err`): the gemeente's
/// proefplaats for bijstand, not without a benefit, needs_info while the benefit is unknown.
fn through_the_benefit<'d>(
    s: &Scenario,
    figures: &params::Proefplaatsing,
    mut conditions: Conditions<'d>,
) -> Result<(&'static Basis, Conditions<'d>), &'d mut Decision> {
    match s.employee.benefit {
        Benefit::Ww => {
            conditions.ok(
                &const { lid(WW, "76a", "1") },
                txt!(
                    "Uw kandidaat heeft een WW-uitkering. Dan kan UWV een proefplaatsing toestaan. De kandidaat werkt dan eerst onbetaald bij u en houdt de WW. Dat duurt hoogstens {} maanden.",
                    "Your candidate has a WW benefit. Then UWV can allow a trial placement. The candidate first works for you unpaid and keeps the WW. This lasts at most {} months.",
                    figures.max_months,
                ),
            );
            Ok((WW_76A, conditions))
        }
        Benefit::Wajong | Benefit::Wia | Benefit::Wao | Benefit::Waz => {
            conditions.ok(
                BELEID,
                txt!(
                    "Uw kandidaat heeft een uitkering van UWV. Bij een proefplaatsing werkt de kandidaat eerst onbetaald bij u en houdt de uitkering. Dat duurt meestal {} maanden, hoogstens {} maanden.",
                    "Your candidate has a UWV benefit. In a trial placement the candidate first works for you unpaid and keeps the benefit. This usually lasts {} months, at most {} months.",
                    figures.usual_months,
                    figures.max_months,
                ),
            );
            Ok((BELEID, conditions))
        }
        Benefit::Participatiewet => {
            let gemeente = &PROEFPLAATSING_PWET.at(s.date).value;
            conditions
                .ok(
                    PWET_8A,
                    txt!(
                        "Uw kandidaat heeft bijstand (Participatiewet). De gemeente kan een proefplaats geven: de kandidaat werkt eerst onbetaald bij u en houdt de bijstand. Dat duurt {} maanden en kan hoogstens {} maanden langer.",
                        "Your candidate is on social assistance (Participatiewet). The municipality can offer a trial placement: the candidate first works for you unpaid and keeps the assistance. It lasts {} months and can be extended by at most {} months.",
                        gemeente.months,
                        gemeente.extension_months,
                    ),
                )
                .ok(
                    PWET_8A,
                    txt!(
                        "De gemeente beslist en stelt haar eigen voorwaarden. Vraag de gemeente van uw kandidaat ernaar vóór de start.",
                        "The municipality decides and sets its own conditions. Ask your candidate's municipality before the start.",
                    ),
                );
            let decision = conditions.done();
            decision.provider = Some(Provider::Gemeente);
            Err(decision)
        }
        Benefit::NoBenefit => {
            conditions
                .fail(
                    &const { lid(WW, "76a", "2") },
                    txt!(
                        "Een proefplaatsing houdt de uitkering in stand tijdens onbetaald werk. Zonder uitkering kan dat niet; gebruik een proeftijd in het contract.",
                        "A trial placement keeps the benefit running during unpaid work. Without a benefit it is not possible; use a probation period in the contract.",
                    ),
                );
            Err(conditions.done())
        }
        Benefit::Unknown => {
            conditions
                .unknown(
                    &const { lid(WW, "76a", "1") },
                    txt!(
                        "Een proefplaatsing hangt af van de uitkering (WW, Wajong, WIA, WAO of WAZ). Vraag de kandidaat welke uitkering hij of zij heeft.",
                        "A trial placement depends on the benefit (WW, Wajong, WIA, WAO or WAZ). Ask the candidate which benefit they have.",
                    ),
                );
            Err(conditions.done())
        }
    }
}

fn a_contract_afterwards(
    s: &Scenario,
    figures: &params::Proefplaatsing,
    basis: &'static Basis,
    conditions: &mut Conditions,
) {
    match s.job.contract_months {
        Some(m) if m < figures.min_contract_months => {
            conditions.fail(
                basis,
                txt!(
                    "Voorwaarde: u bent van plan om na de proefplaatsing een contract te geven van minstens {} maanden. U biedt {} maanden.",
                    "Condition: you intend to offer a contract of at least {} months after the trial placement. You offer {} months.",
                    figures.min_contract_months,
                    m,
                ),
            );
        }
        _ => {
            conditions.ok(
                basis,
                txt!(
                    "Voorwaarde: u bent van plan om de kandidaat daarna een contract te geven. Dat contract duurt minstens {} maanden, heeft minstens dezelfde uren en geen proeftijd.",
                    "Condition: you intend to offer the candidate a contract afterwards. That contract lasts at least {} months, has at least the same hours and no probation period.",
                    figures.min_contract_months,
                ),
            );
            conditions.ok(
                basis,
                txt!(
                    "Andere voorwaarden: u heeft een verzekering voor aansprakelijkheid. En de kandidaat deed nog niet eerder een proefplaatsing bij u. UWV beslist.",
                    "Other conditions: you have liability insurance, and the candidate has not had a trial placement with you before. UWV decides.",
                ),
            );
        }
    }
}

/// Agree the trial placement before the employee starts (with UWV, or with the gemeente).
pub(crate) fn step(s: &Scenario, decision: &Decision) -> Option<super::result::Step> {
    let gemeente = decision.provider == Some(Provider::Gemeente);
    let text = match decision.status {
        Status::NotEligible => return None,
        Status::NeedsInfo => txt!(
            "Wilt u eerst een proefplaatsing? Vraag UWV of de gemeente (wie de uitkering betaalt) of dat kan, vóór de start op {}.",
            "Would you like a trial placement first? Ask UWV or the municipality (whoever pays the benefit) whether that is possible, before the start on {}.",
            s.date,
        ),
        Status::Eligible if gemeente => txt!(
            "Wilt u eerst een proefplaats? Spreek die af met de gemeente vóór de start op {}. De werknemer houdt dan de bijstand en u betaalt nog geen loon.",
            "Would you like a trial placement first? Agree it with the municipality before the start on {}. The employee keeps the assistance and you pay no wage yet.",
            s.date,
        ),
        Status::Eligible => txt!(
            "Wilt u eerst een proefplaatsing? Spreek die af met UWV vóór de start op {}. De werknemer houdt dan de uitkering en u betaalt nog geen loon.",
            "Would you like a trial placement first? Agree it with UWV before the start on {}. The employee keeps the benefit and you pay no wage yet.",
            s.date,
        ),
    };
    Some(super::result::Step {
        arrangement: Arrangement::Proefplaatsing,
        text,
        deadline: Some(s.date),
        basis: if gemeente { PWET_8A } else { BELEID },
        // "Vóór de start": the day before is the last.
        late: Some((
            s.date.add_days(-1),
            txt!(
                "Een proefplaatsing spreekt u af vóór de start, en de start ({}) is vandaag of al voorbij. Wilt u toch eerst een proefplaatsing? Kies dan een latere startdatum.",
                "A trial placement is agreed before the start, and the start ({}) is today or has passed. Would you still like a trial placement first? Then choose a later start date.",
                s.date,
            ).msg(),
        )),
    })
}
