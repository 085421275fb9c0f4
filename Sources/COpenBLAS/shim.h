#ifndef FOCUSNET_COPENBLAS_SHIM_H
#define FOCUSNET_COPENBLAS_SHIM_H
#include <stddef.h>
#include <cblas.h>

// Debian's OpenBLAS ships LAPACK with the Fortran ABI only (no LAPACKE).
// dposv: solve A x = B for symmetric positive definite A (Cholesky).
// The trailing size_t is gfortran's hidden length of the character argument UPLO.
void dposv_(const char *uplo, const int *n, const int *nrhs, double *a, const int *lda,
            double *b, const int *ldb, int *info, size_t uplo_len);

#endif
