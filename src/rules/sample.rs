//! Deterministic, varied scenarios (a small xorshift generator, no dependencies) for the benchmark
//! and for the browser's performance measurements.

use super::date::Date;
use super::money::{Cents, Hours, Pct};
use super::scenario::{Benefit, Employee, Job, Scenario};

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn maybe_bool(&mut self) -> Option<bool> {
        match self.below(3) {
            0 => None,
            1 => Some(false),
            _ => Some(true),
        }
    }
}

/// `n` valid scenarios spread over every benefit, date, age, hour and loonwaarde range.
pub fn scenarios(n: usize) -> Vec<Scenario> {
    let mut r = XorShift(0x9E37_79B9_7F4A_7C15);
    let dates = [
        Date::ymd(2024, 3, 1),
        Date::ymd(2024, 9, 1),
        Date::ymd(2025, 2, 1),
        Date::ymd(2025, 8, 1),
        Date::ymd(2026, 1, 1),
        Date::ymd(2026, 11, 23),
    ];
    (0..n.max(1))
        .map(|_| Scenario {
            date: dates[r.below(dates.len() as u64) as usize],
            employee: Employee {
                age: 15 + r.below(56) as u8,
                benefit: Benefit::ALL[r.below(8) as usize],
                wajong_work_capacity: r.maybe_bool(),
                target_group_register: r.maybe_bool(),
                structural_limitation: r.maybe_bool(),
                wsw: r.below(10) == 0,
                loonwaarde: if r.below(4) == 0 {
                    None
                } else {
                    Some(Pct(r.below(10_001) as i64))
                },
            },
            job: Job {
                already_employed: Some(false),
                hours_per_week: Hours(1 + r.below(6000) as i64),
                hourly_wage: Cents(r.below(5000) as i64),
                contract_months: if r.below(3) == 0 {
                    None
                } else {
                    Some(1 + r.below(60) as u32)
                },
            },
        })
        .collect()
}
