#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tollcheck_fuzz::records(data));
