//! Looking things up in the document by id, for the places that name them.

use rmp_model::{ConcernCategory, Rmp};

/// An activity's name, from the section 5 lists or the outline: the lists
/// first, as the list-only activities are named nowhere else.
pub fn activity_name<'a>(rmp: &'a Rmp, id: &str) -> Option<&'a str> {
    let lists = &rmp.lists;
    lists
        .pv
        .additional
        .iter()
        .map(|e| (&e.id, &e.name))
        .chain(lists.rm.additional.iter().map(|e| (&e.id, &e.name)))
        .chain(rmp.pv_plan.additional.iter().map(|a| (&a.id, &a.name)))
        .chain(rmp.rm_plan.additional.iter().map(|a| (&a.id, &a.name)))
        .find(|(i, _)| i.as_str() == id)
        .map(|(_, n)| n.as_str())
}

/// The brand names of the products with these ids, in the order given;
/// ids that name no product are left out.
pub fn brand_names<'a>(rmp: &'a Rmp, ids: &[String]) -> Vec<&'a str> {
    ids.iter()
        .filter_map(|id| rmp.overview.products.iter().find(|p| &p.id == id))
        .map(|p| p.brand_name.as_str())
        .collect()
}

/// The JSON Pointer of a category's list of concerns.
pub fn category_pointer(category: ConcernCategory) -> &'static str {
    match category {
        ConcernCategory::IdentifiedRisk => "/safety_specification/identified_risks",
        ConcernCategory::PotentialRisk => "/safety_specification/potential_risks",
        ConcernCategory::MissingInformation => "/safety_specification/missing_information",
        ConcernCategory::Efficacy => "/efficacy_considerations",
    }
}

/// The JSON Pointer of the concern with this id: `/safety_specification/identified_risks/2`.
pub fn concern_pointer(rmp: &Rmp, id: &str) -> Option<String> {
    let s = &rmp.safety_specification;
    [
        (ConcernCategory::IdentifiedRisk, &s.identified_risks),
        (ConcernCategory::PotentialRisk, &s.potential_risks),
        (ConcernCategory::MissingInformation, &s.missing_information),
        (ConcernCategory::Efficacy, &rmp.efficacy_considerations),
    ]
    .into_iter()
    .find_map(|(category, list)| {
        let at = list.iter().position(|c| c.id == id)?;
        Some(format!("{}/{at}", category_pointer(category)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concerns_are_found_by_their_pointer() {
        let rmp: Rmp = serde_json::from_str(rmp_testkit::DATASET).expect("the dataset");
        for (category, c) in rmp.concerns() {
            let at = concern_pointer(&rmp, &c.id).expect("a pointer");
            assert!(at.starts_with(category_pointer(category)), "{at}");
            let doc = serde_json::to_value(&rmp).expect("serialises");
            assert_eq!(
                doc.pointer(&at).and_then(|v| v["id"].as_str()),
                Some(c.id.as_str())
            );
        }
        assert_eq!(concern_pointer(&rmp, "no-such-concern"), None);
    }
}
