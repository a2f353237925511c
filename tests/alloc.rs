#![cfg(not(target_arch = "wasm32"))]
//! Evaluating a scenario allocates nothing: every decision, amount, step and notice is held in the
//! result itself and built where it stays. This is what keeps the engine above a million
//! evaluations a second (scripts/perf); a change that brings back an allocation per decision fails
//! here, on any machine, instead of as a slower benchmark on some.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use steunwijzer::rules::{self, sample, Evaluation};

/// Counts this thread's allocations (the tests of this file run on their own threads).
struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn evaluating_ten_thousand_scenarios_into_one_result_allocates_nothing() {
    let scenarios = sample::scenarios(10_000);
    let mut e = Evaluation::empty(&scenarios[0]);
    // Once per process: the table of which figure belongs to which arrangement.
    rules::evaluate_into(&scenarios[0], &mut e);
    let n = allocations_during(|| {
        for s in &scenarios {
            rules::evaluate_into(s, &mut e);
        }
    });
    assert_eq!(n, 0, "{n} allocations in 10 000 evaluations");
}

#[test]
fn a_result_of_its_own_allocates_nothing_either() {
    let scenarios = sample::scenarios(1_000);
    let _ = rules::evaluate(&scenarios[0]);
    let mut eligible = 0;
    let n = allocations_during(|| {
        for s in &scenarios {
            let e = rules::evaluate(s);
            eligible += e
                .arrangements
                .iter()
                .filter(|(_, d)| d.status == rules::Status::Eligible)
                .count();
        }
    });
    assert_eq!(n, 0, "{n} allocations in 1 000 evaluations");
    // The scenarios reach decisions (not all refused before any reason is built).
    assert!(eligible > 1_000, "{eligible} eligible decisions");
}

#[test]
fn the_counter_sees_an_allocation() {
    // The check above can fail: a Vec with room for a reason is counted.
    let n = allocations_during(|| {
        let v: Vec<u64> = Vec::with_capacity(8);
        std::hint::black_box(&v);
    });
    assert_eq!(n, 1);
}
