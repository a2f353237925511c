//! The limits of a document: what a bad input gets, and that it gets it cheaply.

use super::*;
use serde_json::json;

const TODAY: Date = Date::ymd(2026, 3, 15);

/// A whole document as one JSON value, and whether any scenario had errors (what the command
/// streams).
fn evaluate_document(input: &Value, today: Date) -> (Value, bool) {
    let any_error = Cell::new(false);
    let document = Document::new(input);
    let output = serde_json::to_value(document.results(today, &any_error)).unwrap_or(Value::Null);
    (output, any_error.get())
}

fn fields(v: &Value) -> Vec<String> {
    v["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("an error document: {v}"))
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_value_that_is_not_an_object_gets_one_error_not_one_per_missing_field() {
    for v in [json!(5), json!(null), json!([[]]), json!("x"), json!(true)] {
        let one = match &v {
            Value::Array(items) => items[0].clone(),
            other => other.clone(),
        };
        let errors = evaluate_json(&one, TODAY).unwrap_err();
        assert_eq!(fields(&errors), [""], "{v}");
        let message = errors["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains("scenario object"), "{message}");
    }
}

#[test]
fn an_array_of_more_than_the_limit_is_refused_with_one_error() {
    let input = Value::Array(vec![json!(1); MAX_SCENARIOS + 1]);
    let (output, any_error) = evaluate_document(&input, TODAY);
    assert!(any_error);
    assert_eq!(fields(&output), [""]);
    let nl = output["errors"][0]["message_nl"].as_str().unwrap();
    assert!(
        nl.contains("10.001 scenario's") || nl.contains("10001 scenario's"),
        "{nl}"
    );
}

#[test]
fn an_array_at_the_limit_is_evaluated_scenario_by_scenario() {
    let input = Value::Array(vec![json!(1); MAX_SCENARIOS]);
    let (output, any_error) = evaluate_document(&input, TODAY);
    assert!(any_error);
    assert_eq!(output.as_array().map(Vec::len), Some(MAX_SCENARIOS));
}

#[test]
fn nesting_deeper_than_the_limit_is_refused() {
    let mut v = json!(1);
    for _ in 0..=MAX_DEPTH {
        v = json!([v]);
    }
    let (output, any_error) = evaluate_document(&v, TODAY);
    assert!(any_error);
    assert!(output["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("nested"));
}

#[test]
fn text_over_one_mebibyte_is_refused_before_it_is_parsed() {
    let text = format!("[{}1]", "1,".repeat(MAX_INPUT_BYTES / 2));
    let e = parse(&text).unwrap_err();
    assert!(e.message.contains("at most 1 MiB"), "{}", e.message);
    assert!(e.message_nl.contains("hoogstens 1 MiB"), "{}", e.message_nl);
    assert!(parse("[1]").is_ok());
}

#[test]
fn text_that_is_not_json_says_so() {
    let e = parse("{not json").unwrap_err();
    assert!(e.message.starts_with("not JSON: "), "{}", e.message);
    assert_eq!(fields(&e.to_json()), [""]);
}
