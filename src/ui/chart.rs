//! The employer's yearly wage costs over 5 years as a bar chart the app draws itself (SVG), with a
//! title, a description and the same figures as a table for screen readers and for checking. Bars
//! differ by fill pattern and position as well as colour, and the legend says which is which.

use yew::prelude::*;

use super::fmt;
use super::i18n::Lang;
use crate::rules::money::Cents;

pub use crate::app::Series;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub lang: Lang,
    pub series: Vec<Series>,
    /// A phone-wide screen: the chart is drawn narrower, so that its 13-unit labels stay about 13 px
    /// instead of being scaled down to half.
    #[prop_or_default]
    pub narrow: bool,
}

/// An SVG coordinate with one decimal, without the float-printing code `f64::to_string` pulls into
/// the wasm (see scripts/wasm-guard).
fn coordinate(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

/// The drawing's width: on a wide screen, and on a phone.
const W: f64 = 640.0;
const W_NARROW: f64 = 340.0;
const H: f64 = 280.0;
const LEFT: f64 = 96.0;
const RIGHT: f64 = 8.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 36.0;

#[function_component]
pub fn CostsChart(p: &ChartProps) -> Html {
    let lang = p.lang;
    let t = lang.texts();
    let years = p.series.first().map(|s| s.values.len()).unwrap_or(0);
    let max = p
        .series
        .iter()
        .flat_map(|s| s.values.iter().map(|c| c.0))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let w = if p.narrow { W_NARROW } else { W };
    let plot_h = H - TOP - BOTTOM;
    let group_w = (w - LEFT - RIGHT) / years.max(1) as f64;
    let bar_w = (group_w * 0.8) / p.series.len().max(1) as f64;
    let y = |c: i64| TOP + plot_h - (c as f64 / max) * plot_h;
    let euro = |c: Cents| fmt::euro(lang, c);
    let year_label = |i: usize| format!("{} {}", t.chart_year, i + 1);
    let description = p
        .series
        .iter()
        .map(|s| {
            let values = s
                .values
                .iter()
                .map(|c| euro(*c))
                .collect::<Vec<_>>()
                .join(", ");
            format!("{}: {values}.", s.label)
        })
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <figure class="sw-chart" data-chart="">
            <svg class="sw-chart__svg" viewBox={format!("0 0 {} {}", coordinate(w), coordinate(H))} role="img"
                aria-labelledby="sw-chart-title sw-chart-desc" focusable="false">
                <title id="sw-chart-title">{ t.chart_title }</title>
                <desc id="sw-chart-desc">{ format!("{} {description}", t.chart_desc) }</desc>
                <defs>
                    <pattern id="sw-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="sw-hatch__bg" width="6" height="6" />
                        <line class="sw-hatch__line" x1="0" y1="0" x2="0" y2="6" />
                    </pattern>
                </defs>
                // Gridlines with amounts: 0, half and the highest amount.
                { for [0.0, 0.5, 1.0].iter().map(|f| {
                    let c = (max * f).round() as i64;
                    let gy = y(c);
                    html! {
                        <g class="sw-chart__grid">
                            <line x1={coordinate(LEFT)} x2={coordinate(w - RIGHT)} y1={coordinate(gy)} y2={coordinate(gy)} />
                            <text x={coordinate(LEFT - 6.0)} y={coordinate(gy + 4.0)} text-anchor="end">{ euro(Cents(c)) }</text>
                        </g>
                    }
                }) }
                { for (0..years).map(|i| {
                    let x0 = LEFT + group_w * i as f64 + group_w * 0.1;
                    html! {
                        <g class="sw-chart__year">
                            { for p.series.iter().enumerate().map(|(j, s)| {
                                let c = s.values[i].0;
                                let top = y(c);
                                html! {
                                    <rect class={classes!("sw-bar", s.class)} x={coordinate(x0 + bar_w * j as f64)} y={coordinate(top)}
                                        width={coordinate((bar_w - 2.0).max(1.0))} height={coordinate((TOP + plot_h - top).max(0.0))} />
                                }
                            }) }
                            <text class="sw-chart__label" x={coordinate(x0 + group_w * 0.4)} y={coordinate(H - 12.0)} text-anchor="middle">{ year_label(i) }</text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="sw-chart__legend">
                { for p.series.iter().map(|s| html! {
                    <span class="sw-legend">
                        <svg class="sw-legend__swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                            <rect class={classes!("sw-bar", s.class)} x="1" y="1" width="14" height="14" />
                        </svg>
                        { s.label.clone() }
                    </span>
                }) }
            </figcaption>
            // A data table may scroll sideways on a narrow screen (WCAG 1.4.10); the region can take
            // the focus so keyboard users can scroll it too.
            <div class="sw-scroll" tabindex="0" role="region" aria-label={t.chart_table_caption}>
                <table class="sw-table sw-chart__table" data-chart-table="">
                    <caption>{ t.chart_table_caption }</caption>
                    <thead>
                        <tr>
                            <td></td>
                            { for p.series.iter().map(|s| html! { <th scope="col">{ s.label.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for (0..years).map(|i| html! {
                            <tr>
                                <th scope="row">{ year_label(i) }</th>
                                { for p.series.iter().map(|s| html! { <td>{ euro(s.values[i]) }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </figure>
    }
}
