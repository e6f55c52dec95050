module github.com/khabar-lab/khabar

go 1.26.8

require (
	github.com/google/uuid v1.6.0 // indirect
	github.com/klauspost/compress v1.20.3 // indirect
	github.com/piprate/json-gold v0.7.0 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
)
