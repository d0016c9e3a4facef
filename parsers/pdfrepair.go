package parsers

// This file is the only one that imports pdfcpu. It repairs in memory what
// the PDF parser cannot open: files encrypted with an empty user password
// (RC4 40/128, AES-128, AES-256: opening them needs no password, only the
// key derivation), and damaged cross-reference tables. Cheap fixes that
// need no rewrite (bytes before %PDF, bytes after %%EOF, a %PDF-2.0
// header) are made in pdf.go before this pass is tried.

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"celedger"
)

// pdfcpuOnce stops pdfcpu from reading or writing a configuration
// directory in the user's home: the import only reads its inputs.
var pdfcpuOnce sync.Once

// rewritePDF decrypts (with the empty user password) or rewrites data
// through pdfcpu. Errors wrap ErrEncrypted when a password is needed and
// ErrUnreadable otherwise.
func rewritePDF(data []byte, encrypted bool) (out []byte, err error) {
	pdfcpuOnce.Do(func() { model.ConfigPath = "disable" })
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, pdfError(celedger.ErrUnreadable, "truncated or damaged PDF: %v", p)
		}
	}()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.UserPW, conf.OwnerPW = "", ""
	conf.Cmd = model.OPTIMIZE
	if encrypted {
		conf.Cmd = model.DECRYPT // write without encryption
	}
	var buf bytes.Buffer
	err = func() error {
		ctx, err := api.ReadAndValidate(bytes.NewReader(data), conf)
		if err != nil {
			return err
		}
		// The writer walks every object number up to the table's size; a
		// damaged file can claim millions.
		if n := *ctx.XRefTable.Size; n > maxObjects(len(data)) {
			return fmt.Errorf("its cross-reference table declares %d objects in %d bytes", n, len(data))
		}
		if err := api.OptimizeContext(ctx); err != nil {
			return err
		}
		return api.WriteContext(ctx, &buf)
	}()
	if err != nil {
		if errors.Is(err, pdfcpu.ErrWrongPassword) || strings.Contains(err.Error(), "correct password") {
			return nil, pdfError(celedger.ErrEncrypted, "password-protected PDF: a password is needed to open it")
		}
		return nil, pdfError(celedger.ErrUnreadable, "truncated or damaged PDF: %v", firstLine(err.Error()))
	}
	return buf.Bytes(), nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
