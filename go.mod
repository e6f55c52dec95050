module github.com/khabar-lab/khabar

go 1.26.8

require (
	github.com/go-ego/gse v0.80.3
	github.com/google/uuid v1.6.0
	github.com/klauspost/compress v1.20.3
	github.com/piprate/json-gold v0.7.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.43.0
)

require (
	github.com/pquerna/cachecontrol v0.0.0-20180517163645-1555304b9b35 // indirect
	github.com/vcaesar/cedar v0.20.2 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
