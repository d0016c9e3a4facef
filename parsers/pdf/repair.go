package pdf

// Decryption is pdfcpu's: a file encrypted with an empty user password
// (RC4 40/128, AES-128, AES-256) opens in any viewer without asking, and
// pdfcpu derives its key and writes the file out decrypted, in memory.
// Everything else (damaged cross-reference tables, missing /Length,
// filters) the object layer in file.go handles itself.

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// pdfcpuOnce stops pdfcpu from reading or writing a configuration
// directory in the user's home: the import only reads its inputs.
var pdfcpuOnce sync.Once

// decrypt returns data decrypted with the empty user password. The error
// wraps ErrNeedsPassword when another password is needed, ErrDamaged when
// pdfcpu cannot read the file.
func decrypt(data []byte) (out []byte, err error) {
	pdfcpuOnce.Do(func() { model.ConfigPath = "disable" })
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, failf(errDamaged, "encrypted PDF that cannot be decrypted: %v", p)
		}
	}()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	conf.UserPW, conf.OwnerPW = "", ""
	conf.Cmd = model.DECRYPT
	var buf bytes.Buffer
	err = func() error {
		ctx, err := api.ReadContext(bytes.NewReader(data), conf)
		if err != nil {
			return err
		}
		// The writer walks every object number up to the table's size; a
		// damaged file can claim millions.
		if ctx.XRefTable.Size != nil && *ctx.XRefTable.Size > maxObjects(len(data)) {
			return fmt.Errorf("its cross-reference table declares %d objects in %d bytes", *ctx.XRefTable.Size, len(data))
		}
		return api.WriteContext(ctx, &buf)
	}()
	if err != nil {
		msg := err.Error()
		if errors.Is(err, pdfcpu.ErrWrongPassword) || strings.Contains(msg, "password") {
			return nil, ErrNeedsPassword
		}
		return nil, failf(errDamaged, "encrypted PDF that cannot be decrypted: %v", firstLine(msg))
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
