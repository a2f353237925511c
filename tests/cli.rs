#![cfg(not(target_arch = "wasm32"))]
//! End-to-end tests of the native command (`steunwijzer eval FILE|-`, `steunwijzer bench N`):
//! the built binary, real files, real exit codes (../shared/contract/README.md §3).

mod common;
use common::{example, result_shape_problems};

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_steunwijzer");

/// A file under the system temp dir with a name no other test (or test run) uses; removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(contents: &str) -> TempFile {
        static N: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let name = format!(
            "steunwijzer-cli-test-{}-{}-{}.json",
            std::process::id(),
            nanos,
            N.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(name);
        std::fs::write(&path, contents).expect("write temp file");
        TempFile(path)
    }
    fn path(&self) -> &str {
        self.0.to_str().expect("utf-8 temp path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("run steunwijzer")
}

fn eval_file(contents: &str) -> (i32, String, String) {
    let f = TempFile::new(contents);
    let out = run(&["eval", f.path()]);
    (
        out.status.code().expect("exit code"),
        String::from_utf8(out.stdout).expect("utf-8 stdout"),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}

fn assert_result_shape(v: &Value) {
    let problems = result_shape_problems(v);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn valid_scenario_file_exits_0_with_the_contract_result() {
    let (code, stdout, stderr) = eval_file(&example().to_string());
    assert_eq!(code, 0, "stderr: {stderr}");
    let v: Value = serde_json::from_str(&stdout).expect("stdout is JSON");
    assert_eq!(v["date"], "2026-01-01");
    assert_result_shape(&v);
    let a = &v["arrangements"];
    assert_eq!(a["loondispensatie"]["status"], "eligible");
    assert_eq!(
        a["loondispensatie"]["amounts"]["employer_hourly_wage"],
        json!(8.83)
    );
    assert_eq!(
        a["loondispensatie"]["amounts"]["saving_per_year"],
        json!(7338.24)
    );
    assert_eq!(a["no_riskpolis"]["status"], "eligible");
    assert!(a["no_riskpolis"]
        .as_object()
        .unwrap()
        .contains_key("duration_years"));
    assert_eq!(a["no_riskpolis"]["duration_years"], Value::Null);
    assert_eq!(a["jobcoach"]["status"], "eligible");
    assert_eq!(a["jobcoach"]["provider"], "uwv");
    assert_eq!(a["lkv"]["status"], "eligible");
    assert_eq!(a["lkv"]["amounts"]["per_year"], json!(1260.48));
    assert_eq!(a["loonkostensubsidie"]["status"], "not_eligible");
    assert!(a["loonkostensubsidie"].get("amounts").is_none());
    assert_eq!(a["proefplaatsing"]["status"], "eligible");
    assert!(a.get("liv").is_none(), "LIV was abolished on 2025-01-01");
}

#[test]
fn array_with_an_invalid_scenario_exits_1_and_names_the_field() {
    let mut bad = example();
    bad["job"]["hours_per_week"] = json!(0);
    let input = Value::Array(vec![example(), bad]);
    let (code, stdout, stderr) = eval_file(&input.to_string());
    assert_eq!(code, 1, "stderr: {stderr}");
    let v: Value = serde_json::from_str(&stdout).expect("stdout is JSON");
    let items = v.as_array().expect("an array of results");
    assert_eq!(items.len(), 2);
    assert_result_shape(&items[0]);
    assert!(items[0].get("errors").is_none());
    let errors = items[1]["errors"]
        .as_array()
        .expect("second entry has errors");
    assert!(
        items[1].get("arrangements").is_none(),
        "invalid input never yields a result"
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["field"], "job.hours_per_week");
    assert!(errors[0]["message"].as_str().is_some_and(|m| !m.is_empty()));
}

#[test]
fn array_of_valid_scenarios_exits_0() {
    let mut second = example();
    second["date"] = json!("2024-03-01");
    second["employee"]["benefit"] = json!("wia");
    let (code, stdout, _) = eval_file(&Value::Array(vec![example(), second]).to_string());
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 2);
    items.iter().for_each(assert_result_shape);
    assert_eq!(
        items[1]["arrangements"]["no_riskpolis"]["duration_years"],
        json!(5)
    );
    assert!(
        items[1]["arrangements"].get("liv").is_some(),
        "LIV is shown for 2024 dates"
    );
}

#[test]
fn every_invalid_field_is_reported_at_once() {
    let mut bad = example();
    bad["job"]["hours_per_week"] = json!(0);
    bad["employee"]["age"] = json!(90);
    bad["employee"]["foo"] = json!("bar");
    let (code, stdout, _) = eval_file(&bad.to_string());
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let errors = v["errors"].as_array().expect("errors");
    let mut fields: Vec<&str> = errors
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    fields.sort_unstable();
    assert_eq!(
        fields,
        ["employee.age", "employee.foo", "job.hours_per_week"],
        "{errors:?}"
    );
    let foo = errors
        .iter()
        .find(|e| e["field"] == "employee.foo")
        .unwrap();
    assert!(
        foo["message"].as_str().unwrap().contains("foo"),
        "the message names the field: {foo}"
    );
}

#[test]
fn not_json_exits_2() {
    let (code, stdout, stderr) = eval_file("{ this is not json");
    assert_eq!(code, 2);
    assert!(stdout.is_empty(), "nothing on stdout: {stdout}");
    assert!(!stderr.is_empty(), "a message on stderr");
    let (code, _, _) = eval_file("");
    assert_eq!(code, 2, "an empty file is not JSON");
}

#[test]
fn missing_file_exits_2() {
    let path = std::env::temp_dir().join(format!(
        "steunwijzer-cli-test-missing-{}.json",
        std::process::id()
    ));
    let out = run(&["eval", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn json_that_is_not_a_scenario_exits_1() {
    let (code, stdout, _) = eval_file("42");
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert!(!v["errors"].as_array().unwrap().is_empty());
}

/// The command with `args` and `input` on standard input.
fn with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// `steunwijzer eval -` with `input` on standard input.
fn eval_stdin(input: &[u8]) -> Output {
    with_stdin(&["eval", "-"], input)
}

#[test]
fn reads_stdin_with_dash() {
    let out = eval_stdin(example().to_string().as_bytes());
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_result_shape(&v);
    assert_eq!(v["arrangements"]["lkv"]["category"], "banenafspraak");
}

#[test]
fn stdin_not_json_exits_2() {
    let out = eval_stdin(b"nope");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn bench_prints_evaluations_per_second() {
    let out = run(&["bench", "20000"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("evaluations/s"), "{stdout}");
    assert!(stdout.contains("20000"), "{stdout}");
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["bench", "zero"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
}

fn params_on(date: &str) -> Vec<Value> {
    let out = run(&["params", "--date", date]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("params prints JSON");
    v.as_array().expect("an array").clone()
}

fn figure<'a>(rows: &'a [Value], key: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["key"] == key)
        .unwrap_or_else(|| panic!("no figure {key}"))
}

#[test]
fn params_lists_every_figure_with_date_status_and_source() {
    let rows = params_on("2026-12-01");
    assert!(rows.len() >= 18, "{} figures", rows.len());
    for r in &rows {
        let key = r["key"].as_str().expect("key");
        for field in ["name", "name_en", "valid_from", "status", "source"] {
            assert!(r[field].is_string(), "{key}: {field}");
        }
        assert!(
            r["source"].as_str().unwrap().starts_with("https://"),
            "{key}"
        );
        assert!(
            ["confirmed", "announced", "carried_forward"].contains(&r["status"].as_str().unwrap()),
            "{key}"
        );
        // A number, or an object of parts (numbers; a date, yes/no or null where a part is one).
        match &r["value"] {
            Value::Number(_) => assert!(r["unit"].is_string(), "{key}"),
            Value::Object(parts) => {
                assert!(!parts.is_empty(), "{key}");
                assert_eq!(
                    r["unit"].as_object().map(|u| u.len()),
                    Some(parts.len()),
                    "{key}"
                );
            }
            other => panic!("{key}: value {other}"),
        }
    }
    let wml = figure(&rows, "wml_hourly");
    assert_eq!(wml["value"], json!(14.99));
    assert_eq!(wml["valid_from"], "2026-07-01");
    assert_eq!(wml["status"], "confirmed");
    let youth = figure(&rows, "youth_pct");
    assert_eq!(youth["value"]["age_20"], json!(80.0));
}

#[test]
fn params_on_a_later_date_says_what_is_carried_forward_or_announced() {
    let rows = params_on("2027-08-01");
    let wml = figure(&rows, "wml_hourly");
    assert_eq!(
        (wml["value"].clone(), wml["status"].clone()),
        (json!(14.99), json!("carried_forward"))
    );
    assert_eq!(wml["valid_from"], "2026-07-01");
    let youth = figure(&rows, "youth_pct");
    assert_eq!(youth["status"], "announced");
    assert_eq!(youth["value"]["age_20"], json!(87.5));
    assert_eq!(
        figure(&rows, "lkv_banenafspraak")["status"],
        "carried_forward"
    );
    assert_eq!(figure(&rows, "holiday_allowance")["status"], "confirmed");
    // Before July 2026: the amount of January.
    let rows = params_on("2026-06-30");
    assert_eq!(figure(&rows, "wml_hourly")["value"], json!(14.71));
}

#[test]
fn params_without_a_date_uses_today_and_a_bad_date_exits_2() {
    let out = run(&["params"]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(v.as_array().is_some_and(|a| a.len() >= 18));
    for bad in ["2026-13-01", "morgen", ""] {
        let out = run(&["params", "--date", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
    }
}

#[test]
fn a_result_names_each_uncertain_figure_with_its_param_key() {
    let scenario = json!({
        "date": "2027-08-01",
        "employee": { "age": 19, "benefit": "participatiewet", "target_group_register": false,
                      "structural_limitation": true, "loonwaarde_pct": 50 },
        "job": { "hours_per_week": 36, "hourly_wage": 11.24, "contract_months": 12 }
    });
    let (code, out, err) = eval_file(&scenario.to_string());
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let params: Vec<&str> = v["notices"]
        .as_array()
        .expect("notices")
        .iter()
        .filter_map(|n| n["param"].as_str())
        .collect();
    assert_eq!(
        params,
        [
            "wml_hourly",
            "youth_pct",
            "max_dagloon",
            "lks_employer_costs"
        ]
    );
    for n in v["notices"].as_array().unwrap() {
        assert!(n["text"].is_string() && n["text_en"].is_string());
    }
    // Every key is one `steunwijzer params` lists.
    let rows = params_on("2027-08-01");
    for p in params {
        figure(&rows, p);
    }
}

/// Runs `steunwijzer eval FILE` with at most `limit_mib` MiB of data memory (`RLIMIT_DATA`: heap
/// and private mappings; an allocation beyond it fails, and the process aborts): the exit code,
/// stdout and stderr. An abort or signal fails the test.
fn eval_within(limit_mib: u64, contents: &str) -> (i32, String, String) {
    use std::os::unix::process::CommandExt;
    let input = TempFile::new(contents);
    let mut command = Command::new(BIN);
    command.args(["eval", input.path()]);
    let limit = limit_mib << 20;
    // SAFETY: between fork and exec only setrlimit runs, which is async-signal-safe.
    unsafe {
        command.pre_exec(move || {
            let rl = libc::rlimit {
                rlim_cur: limit,
                rlim_max: limit,
            };
            if libc::setrlimit(libc::RLIMIT_DATA, &rl) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = command.output().expect("run steunwijzer");
    let code = out.status.code().unwrap_or_else(|| {
        panic!(
            "steunwijzer did not exit normally within {limit_mib} MiB: {:?}",
            out.status
        )
    });
    (
        code,
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_megabyte_array_of_numbers_gets_one_error_in_little_memory() {
    let text = format!("[{}1]", "1,".repeat(520_000));
    assert!(text.len() <= 1 << 20);
    let (code, stdout, _) = eval_within(100, &text);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let errors = v["errors"].as_array().expect("one error document");
    assert_eq!(errors.len(), 1, "{v}");
    assert_eq!(errors[0]["field"], "");
    assert!(errors[0]["message"]
        .as_str()
        .unwrap()
        .contains("at most 10000"));
}

#[test]
fn a_megabyte_of_valid_scenarios_is_evaluated_in_bounded_memory() {
    let one = example().to_string();
    let count = (1 << 20) / (one.len() + 1);
    let text = format!("[{}]", vec![one; count].join(","));
    // The results are written as they are made: memory stays near the input's, not the output's
    // (some 80 MB here).
    let (code, stdout, stderr) = eval_within(100, &text);
    assert_eq!(code, 0, "{stderr}");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(count));
    assert_eq!(
        v[count - 1]["arrangements"]["jobcoach"]["status"],
        "eligible"
    );
}

#[test]
fn input_over_one_mebibyte_is_refused_unread_with_exit_2() {
    // 50 MB: the old reader aborted the process on this.
    let text = format!("[{}1]", "1,".repeat(25_000_000));
    let (code, stdout, stderr) = eval_within(20, &text);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(stderr.contains("at most 1 MiB"), "{stderr}");
}

#[test]
fn deep_nesting_is_refused_with_one_error() {
    let text = format!("{}{}", "[".repeat(100), "]".repeat(100));
    let (code, stdout, _) = eval_within(100, &text);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert!(v["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("nested"));
    // Deeper than serde_json reads at all: not JSON it can read, exit 2, no crash.
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let (code, _, stderr) = eval_within(100, &text);
    assert_eq!(code, 2, "{stderr}");
}

/// "Today" is the local date, as on the page: 14 hours east and 12 hours west of UTC are always
/// on different days. (POSIX `TZ` strings: no time zone files needed.)
#[test]
fn a_scenario_without_a_date_is_evaluated_on_the_local_date() {
    let mut scenario = example();
    scenario.as_object_mut().unwrap().remove("date");
    let on = |tz: &str| {
        let f = TempFile::new(&scenario.to_string());
        let out = Command::new(BIN)
            .args(["eval", f.path()])
            .env("TZ", tz)
            .output()
            .expect("run steunwijzer");
        let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        v["date"].as_str().expect("a date").to_string()
    };
    let east = on("EAST-14");
    let west = on("WEST+12");
    assert!(east > west, "east {east}, west {west}");
}

fn batch(args: &[&str], input: &[u8]) -> Output {
    let args: Vec<&str> = ["batch"].into_iter().chain(args.iter().copied()).collect();
    with_stdin(&args, input)
}

const EXCEL: &str = "\u{feff}Naam;Uitkering;Leeftijd;Uren per week;Uurloon;Startdatum\r\n\
                     Jan;Wajong;24;24;14,71;1-1-2026\r\n\
                     Piet;WIA;45;32;18,50;1-1-2026\r\n";

#[test]
fn batch_writes_the_outcome_csv_and_exits_0_when_every_line_is_valid() {
    let out = batch(&["-"], EXCEL.as_bytes());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("\u{feff}Regel;Naam;Uitkering;"), "{text}");
    assert_eq!(text.matches("\r\n").count(), 3);
    assert!(
        text.contains("\r\n2;Jan;Wajong;24;24;14,71;1-1-2026;"),
        "{text}"
    );
    // The carried column is named on stderr, not in the file.
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"Naam\""));
}

#[test]
fn batch_reads_a_file_and_writes_english_with_lang_en() {
    let file = TempFile::new(EXCEL);
    let out = run(&["batch", file.path(), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("\u{feff}Line,Naam,Uitkering,"), "{text}");
    assert!(
        text.contains(",\"14,71\","),
        "the echoed Dutch amount is quoted: {text}"
    );
    // The same file through stdin gives the same bytes.
    assert_eq!(
        batch(&["-", "--lang", "en"], EXCEL.as_bytes()).stdout,
        text.as_bytes()
    );
}

#[test]
fn batch_exits_1_when_a_line_has_errors_and_2_without_a_header() {
    let out = batch(
        &["-"],
        b"Uitkering;Leeftijd;Uren per week;Uurloon\nWIA;oud;32;18,50\n",
    );
    assert_eq!(out.status.code(), Some(1));
    // The message is in the last column, its quotes doubled by the CSV quoting.
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.ends_with(";\"Leeftijd: \"\"oud\"\" is geen getal; typ bijvoorbeeld 24\"\r\n"),
        "{text}"
    );
    let out = batch(&["-"], b"\n\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Het bestand is leeg"));
    assert_eq!(
        run(&["batch", "/nonexistent/file.csv"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["batch", "-", "--lang", "fr"]).status.code(), Some(2));
}

#[test]
fn batch_reads_a_windows_1252_file_as_excel_saves_it() {
    // "Zoë" and "€ 18,50" in Windows-1252 bytes.
    let bytes = b"Naam;Uitkering;Leeftijd;Uren per week;Uurloon\r\nZo\xEB;WIA;45;32;\x80 18,50\r\n"
        .to_vec();
    let out = batch(&["-"], &bytes);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\r\n2;Zoë;WIA;45;32;€ 18,50;"), "{text}");
}
