module example.com/docsite

go 1.22
