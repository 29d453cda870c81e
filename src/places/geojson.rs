//! Events as a GeoJSON FeatureCollection (RFC 7946) for QGIS and web maps: one Point
//! feature an event with a point, its id, label, dates, claims and figures as properties.

use crate::model::EventPoint;
use serde_json::{json, Map, Value};

pub fn events(points: &[EventPoint]) -> Value {
    let features: Vec<Value> = points
        .iter()
        .map(|p| {
            let mut props = Map::new();
            props.insert("event_id".into(), json!(p.event_id));
            props.insert("event".into(), json!(p.label));
            props.insert("kind".into(), json!(p.kind));
            props.insert("place".into(), json!(p.place));
            props.insert("place_id".into(), json!(p.place_id));
            props.insert("place_level".into(), json!(p.place_level));
            props.insert("country".into(), json!(p.country));
            props.insert("date_start".into(), json!(p.date_start));
            props.insert("date_end".into(), json!(p.date_end));
            props.insert("claims".into(), json!(p.claims));
            for o in &p.outcomes {
                props.insert(format!("{}_low", o.outcome), json!(o.low));
                props.insert(format!("{}_high", o.outcome), json!(o.high));
                props.insert(format!("{}_claims", o.outcome), json!(o.claims));
            }
            json!({
                "type": "Feature",
                "id": p.event_id,
                // GeoJSON orders a position longitude first
                "geometry": {"type": "Point", "coordinates": [p.longitude, p.latitude]},
                "properties": Value::Object(props),
            })
        })
        .collect();
    json!({"type": "FeatureCollection", "features": features})
}
