//! Moving through the heat map with the arrow keys.

use leptos::prelude::*;

/// Arrow keys move between the table's cells (each cell's button or the
/// cell itself), as in a spreadsheet.
pub fn move_between_cells(ev: leptos::ev::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let (dx, dy) = match ev.key().as_str() {
        "ArrowRight" => (1, 0),
        "ArrowLeft" => (-1, 0),
        "ArrowDown" => (0, 1),
        "ArrowUp" => (0, -1),
        _ => return,
    };
    let Some(active) = document().active_element() else {
        return;
    };
    let Ok(Some(cell)) = active.closest("td, th") else {
        return;
    };
    let Ok(Some(row)) = cell.closest("tr") else {
        return;
    };
    let cell: web_sys::HtmlTableCellElement = match cell.dyn_into() {
        Ok(c) => c,
        Err(_) => return,
    };
    let row: web_sys::HtmlTableRowElement = match row.dyn_into() {
        Ok(r) => r,
        Err(_) => return,
    };
    let Ok(Some(table)) = row.closest("table") else {
        return;
    };
    let rows = table.query_selector_all("tr:not([hidden]) ").ok();
    let Some(rows) = rows else { return };
    let visible: Vec<web_sys::HtmlTableRowElement> = (0..rows.length())
        .filter_map(|i| rows.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlTableRowElement>().ok())
        .filter(|r| r.offset_parent().is_some())
        .collect();
    let Some(at) = visible.iter().position(|r| r == &row) else {
        return;
    };
    let target_row = if dy == 0 {
        Some(&row)
    } else {
        visible.get((at as i64 + dy).max(0) as usize)
    };
    let Some(target_row) = target_row else { return };
    let column = (cell.cell_index() + dx).max(0) as u32;
    let cells = target_row.cells();
    let Some(target) = cells.item(column.min(cells.length().saturating_sub(1))) else {
        return;
    };
    ev.prevent_default();
    let focusable = target
        .query_selector("button")
        .ok()
        .flatten()
        .unwrap_or(target);
    if focusable.tag_name() != "BUTTON" {
        let _ = focusable.set_attribute("tabindex", "-1");
    }
    if let Ok(el) = focusable.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
