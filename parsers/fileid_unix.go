//go:build unix

package parsers

import (
	"io/fs"
	"syscall"
)

// fileID tells folders apart, whatever path leads to them.
type fileID struct{ dev, ino uint64 }

func folderIdentity(_ string, info fs.FileInfo) (fileID, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{uint64(st.Dev), uint64(st.Ino)}, true
}
