package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// progress counts what the run has done, draws a progress bar on a terminal
// and prints the final summary. Its methods are safe for concurrent use; a
// nil *progress counts nothing.
type progress struct {
	start      time.Time
	inputTotal int64        // bytes of the input files, when known
	inputRead  atomic.Int64 // bytes read from input files so far
	articles   atomic.Int64
	textBytes  atomic.Int64

	mu       sync.Mutex
	w        io.Writer
	bar      bool // stderr is a terminal: draw the bar
	drawn    bool // a bar is on the screen and must be cleared first
	stopOnce sync.Once
	stop     chan struct{}
	stopped  chan struct{}
}

func newProgress(w io.Writer, bar bool, inputTotal int64) *progress {
	p := &progress{start: time.Now(), inputTotal: inputTotal, w: w, bar: bar,
		stop: make(chan struct{}), stopped: make(chan struct{})}
	if bar {
		go p.loop()
	} else {
		close(p.stopped)
	}
	return p
}

// isTerminal reports whether f is a character device (a terminal), without
// a dependency for it.
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func (p *progress) articleDone(textBytes int64) {
	if p == nil {
		return
	}
	p.articles.Add(1)
	p.textBytes.Add(textBytes)
}

// message prints one line on stderr, clearing the bar first.
func (p *progress) message(line string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clearLocked()
	fmt.Fprintln(p.w, line)
}

func (p *progress) clearLocked() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

func (p *progress) loop() {
	defer close(p.stopped)
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-p.stop:
			p.mu.Lock()
			p.clearLocked()
			p.mu.Unlock()
			return
		case <-tick.C:
			p.mu.Lock()
			fmt.Fprint(p.w, "\r\033[K"+p.status())
			p.drawn = true
			p.mu.Unlock()
		}
	}
}

// status is the bar's text.
func (p *progress) status() string {
	elapsed := time.Since(p.start).Seconds()
	mb := float64(p.textBytes.Load()) / 1e6
	s := fmt.Sprintf("%d articles  %.1f MB  %.1f MB/s", p.articles.Load(), mb, mb/max(elapsed, 1e-9))
	if p.inputTotal > 0 {
		pct := 100 * float64(p.inputRead.Load()) / float64(p.inputTotal)
		s = fmt.Sprintf("[%-30s] %3.0f%%  ", bar(pct, 30), pct) + s
	}
	return s
}

func bar(pct float64, width int) string {
	n := min(width, max(0, int(pct/100*float64(width))))
	b := make([]byte, width)
	for i := range b {
		if i < n {
			b[i] = '='
		} else {
			b[i] = ' '
		}
	}
	return string(b)
}

// finish removes the bar.
func (p *progress) finish() {
	p.stopOnce.Do(func() { close(p.stop) })
	<-p.stopped
}

// summary is the final line: articles, bytes of text, speed, errors.
func (p *progress) summary(problems int) string {
	elapsed := time.Since(p.start).Seconds()
	mb := float64(p.textBytes.Load()) / 1e6
	return fmt.Sprintf("extract: %d articles, %.2f MB of text in %.2f s (%.1f MB/s), %d errors",
		p.articles.Load(), mb, elapsed, mb/max(elapsed, 1e-9), problems)
}
