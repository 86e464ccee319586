module example.com/edgeproxy

go 1.22
