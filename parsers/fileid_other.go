//go:build !unix

package parsers

import (
	"io/fs"
	"path/filepath"
)

// fileID tells folders apart, whatever path leads to them: here, the path
// with every symbolic link resolved.
type fileID struct{ path string }

func folderIdentity(path string, _ fs.FileInfo) (fileID, bool) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fileID{}, false
	}
	abs, err := filepath.Abs(real)
	if err != nil {
		return fileID{}, false
	}
	return fileID{abs}, true
}
