//! The generated JSON Schema accepts the dataset and rejects broken documents.
#![cfg(not(target_arch = "wasm32"))]

use rmp_testkit::*;
use serde_json::{json, Value};

fn is_valid(instance: &Value) -> bool {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("rmp.schema.json", rmp_cli::schema())
        .unwrap();
    let index = compiler
        .compile("rmp.schema.json", &mut schemas)
        .expect("the schema compiles");
    schemas.validate(instance, index).is_ok()
}

#[test]
fn schema_is_2020_12_and_accepts_the_dataset() {
    let schema = rmp_cli::schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert!(is_valid(&dataset_value()));
}

#[test]
fn schema_rejects_broken_documents() {
    let mut missing = dataset_value();
    remove(&mut missing, "/safety_specification", "potential_risks");
    assert!(
        !is_valid(&missing),
        "a missing category (instead of an empty one) is refused"
    );

    let mut unknown_status = dataset_value();
    set(
        &mut unknown_status,
        "/lists/pv/additional/0/status",
        json!("paused"),
    );
    assert!(!is_valid(&unknown_status));

    let mut wrong_type = dataset_value();
    set(
        &mut wrong_type,
        "/safety_specification/identified_risks/0/incidence/0/events/0/grades/0/cells/0/n",
        json!("41"),
    );
    assert!(!is_valid(&wrong_type));

    let mut extra = dataset_value();
    extra
        .as_object_mut()
        .unwrap()
        .insert("unexpected".into(), json!(true));
    assert!(!is_valid(&extra));
}
