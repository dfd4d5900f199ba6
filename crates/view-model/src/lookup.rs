//! Looking things up in the document by id, for the places that name them.

use rmp_model::Rmp;

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
