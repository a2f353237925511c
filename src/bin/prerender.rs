//! The standalone page's first view as HTML, rendered at build time from the same Yew components
//! the browser runs (`cargo run --features prerender --bin prerender`; scripts/postbuild.mjs puts
//! it into the built index.html). The wasm replaces it when it has loaded and keeps what was typed.
//!
//! The view must be the same for every visitor on every day: nothing that depends on today (the
//! start date, the figures in force, their notices) is baked in. To make sure, the view is
//! rendered for many dates, and any difference between them is an error.
//!
//!   prerender            prints the HTML of the first view (the content of `<main id="steunwijzer">`)
//!   prerender --check    only checks that every date gives the same view
//!   prerender --date D   the view as rendered on day D (YYYY-MM-DD), unchecked

use steunwijzer::rules::Date;
use steunwijzer::ui::{App, AppProps};

fn render(today: Date) -> String {
    let props = AppProps {
        today: Some(today),
        prerender: true,
        no_url: true,
        ..AppProps::default()
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(
        &runtime,
        yew::LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// Days across the years the figures cover, and around their turns (1 January, 1 July).
fn dates() -> Vec<Date> {
    let mut out = Vec::new();
    for year in 2025..=2028 {
        for (m, d) in [(1, 1), (1, 2), (6, 30), (7, 1), (7, 2), (12, 1), (12, 31)] {
            out.push(Date::ymd(year, m, d));
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // `--date D`: the view as rendered on D, unchecked (to see what differs).
    if let Some(d) = args
        .iter()
        .position(|a| a == "--date")
        .and_then(|i| args.get(i + 1))
    {
        print!("{}", render(Date::parse(d).expect("--date YYYY-MM-DD")));
        return;
    }
    let check_only = args.iter().any(|a| a == "--check");
    let dates = dates();
    let first = render(dates[0]);
    for &d in &dates[1..] {
        let other = render(d);
        if other != first {
            let at = first
                .bytes()
                .zip(other.bytes())
                .position(|(a, b)| a != b)
                .unwrap_or(first.len().min(other.len()));
            let show = |s: &str| s[at.saturating_sub(120)..(at + 120).min(s.len())].to_string();
            eprintln!(
                "prerender: the first view on {} differs from {} at byte {at}:\n  {}\n  {}",
                d,
                dates[0],
                show(&first),
                show(&other)
            );
            std::process::exit(1);
        }
    }
    if !check_only {
        print!("{first}");
    }
}
