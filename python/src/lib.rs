//! The Python package: `tollcheck.extract`, `tollcheck.extract_many` and
//! `tollcheck.parse_quantity` over the tollcheck library. Claims come out as the same
//! records as `tollcheck extract` writes (`tollcheck::record`), as dicts in column order.

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rayon::prelude::*;
use serde_json::Value;
use std::sync::OnceLock;
use tollcheck::extract::Extractor;
use tollcheck::input::article::collection_record;
use tollcheck::input::records::{object_record, Record};
use tollcheck::model::{Document, Method};
use tollcheck::record::{claim_record, document_records, ClaimRecord, CLAIM_COLUMNS};
use tollcheck::tables::Tables;

create_exception!(_tollcheck, TollcheckError, PyException);
create_exception!(_tollcheck, InputError, TollcheckError);

/// The built-in tables and the extractor, built once per process.
fn extractor() -> PyResult<&'static Extractor<'static>> {
    static TABLES: OnceLock<Result<Tables, String>> = OnceLock::new();
    static EXTRACTOR: OnceLock<Extractor<'static>> = OnceLock::new();
    let tables = TABLES
        .get_or_init(|| Tables::load(None).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| TollcheckError::new_err(e.clone()))?;
    Ok(EXTRACTOR.get_or_init(|| Extractor::new(tables)))
}

/// A JSON value as a Python object.
fn to_py(py: Python<'_>, v: &Value) -> PyResult<PyObject> {
    Ok(match v {
        Value::Null => py.None(),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any().unbind(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any().unbind(),
            (None, Some(u)) => u.into_pyobject(py)?.into_any().unbind(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any().unbind(),
        },
        Value::String(s) => PyString::new(py, s).into_any().unbind(),
        Value::Array(a) => {
            let items = a.iter().map(|x| to_py(py, x)).collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any().unbind()
        }
        Value::Object(m) => {
            let d = PyDict::new(py);
            for (k, x) in m {
                d.set_item(k, to_py(py, x)?)?;
            }
            d.into_any().unbind()
        }
    })
}

/// A record as a dict, its keys in the record's order.
fn record_dict(py: Python<'_>, r: &ClaimRecord) -> PyResult<PyObject> {
    let d = PyDict::new(py);
    for (k, v) in &r.0 {
        d.set_item(k, to_py(py, v)?)?;
    }
    Ok(d.into_any().unbind())
}

fn input_error(e: impl std::fmt::Display) -> PyErr {
    InputError::new_err(e.to_string())
}

/// The SPEC's claim columns, in `export claims` order.
#[pyfunction]
fn claim_columns() -> Vec<&'static str> {
    CLAIM_COLUMNS.to_vec()
}

/// The casualty claims of one article, one dict per claim.
#[pyfunction]
#[pyo3(signature = (text, published=None, outlet=None, title=None, url=None, document=None))]
fn extract(
    py: Python<'_>,
    text: &str,
    published: Option<&str>,
    outlet: Option<&str>,
    title: Option<&str>,
    url: Option<&str>,
    document: Option<&str>,
) -> PyResult<Vec<PyObject>> {
    let ex = extractor()?;
    let mut fields = std::collections::BTreeMap::new();
    for (k, v) in [
        ("text", Some(text)),
        ("published", published),
        ("outlet", outlet),
        ("title", title),
        ("url", url),
        ("id", Some(document.unwrap_or("text"))),
    ] {
        if let Some(v) = v {
            fields.insert(k.to_string(), v.to_string());
        }
    }
    let doc = collection_record("text", "text", &Record { line: 1, fields }).map_err(|e| {
        // one text, no line to name
        input_error(e.reason)
    })?;
    let tables = ex.tables;
    let records: Vec<ClaimRecord> = py.allow_threads(|| {
        ex.extract(&doc)
            .claims
            .iter()
            .map(|c| claim_record(&doc, c, Method::Extracted, tables))
            .collect()
    });
    records.iter().map(|r| record_dict(py, r)).collect()
}

/// A Python mapping as a collection record, read as the same mapping on a line of a JSONL
/// collection would be (values that JSON has no type for, such as dates, as text).
fn mapping_record(
    item: &Bound<'_, PyAny>,
    line: usize,
    columns: &mut Vec<String>,
) -> PyResult<Record> {
    if item.downcast::<pyo3::types::PyMapping>().is_err() {
        return Err(input_error(format!(
            "records:{line}: expected a mapping with a text field, found {}",
            item.get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default()
        )));
    }
    let py = item.py();
    let json = py.import("json")?;
    let kwargs = PyDict::new(py);
    kwargs.set_item("default", py.get_type::<PyString>())?;
    let dict = py.get_type::<PyDict>().call1((item,))?;
    let text: String = json
        .getattr("dumps")?
        .call((dict,), Some(&kwargs))?
        .extract()?;
    let value: Value = serde_json::from_str(&text)
        .map_err(|e| input_error(format!("records:{line}: {e}")))?;
    object_record("records", line, value, columns).map_err(input_error)
}

/// The claims of many articles, extracted in parallel.
#[pyfunction]
#[pyo3(signature = (records, all_documents=false))]
fn extract_many(
    py: Python<'_>,
    records: &Bound<'_, PyAny>,
    all_documents: bool,
) -> PyResult<Vec<PyObject>> {
    let ex = extractor()?;
    let mut docs: Vec<Document> = Vec::new();
    let mut columns = Vec::new();
    for (i, item) in records.try_iter()?.enumerate() {
        let rec = mapping_record(&item?, i + 1, &mut columns)?;
        docs.push(collection_record("records", "records", &rec).map_err(input_error)?);
    }
    let tables = ex.tables;
    let out: Vec<Vec<ClaimRecord>> = py.allow_threads(|| {
        docs.par_iter()
            .map(|d| {
                let x = ex.extract(d);
                document_records(
                    d,
                    &x.claims,
                    &x.signature,
                    Method::Extracted,
                    tables,
                    all_documents,
                )
            })
            .collect()
    });
    out.iter()
        .flatten()
        .map(|r| record_dict(py, r))
        .collect()
}

/// A quantity as written, as `{written, qualifier, low, high, increment}`.
#[pyfunction]
fn parse_quantity(py: Python<'_>, written: &str) -> PyResult<PyObject> {
    let ex = extractor()?;
    let q = tollcheck::quantity::parse(written, &ex.tables.vague).map_err(input_error)?;
    let v = serde_json::to_value(&q).map_err(|e| TollcheckError::new_err(e.to_string()))?;
    to_py(py, &v)
}

#[pymodule]
fn _tollcheck(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("TollcheckError", py.get_type::<TollcheckError>())?;
    m.add("InputError", py.get_type::<InputError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(claim_columns, m)?)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(parse_quantity, m)?)?;
    Ok(())
}
