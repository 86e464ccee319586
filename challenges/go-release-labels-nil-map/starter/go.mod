module example.com/releasekit

go 1.22
