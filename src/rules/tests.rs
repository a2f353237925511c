// table-driven tests: filled in below
