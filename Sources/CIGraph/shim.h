#ifndef FOCUSNET_CIGRAPH_SHIM_H
#define FOCUSNET_CIGRAPH_SHIM_H
// igraph_types.h defines _GNU_SOURCE; including libc first keeps a clean build's
// Glibc module consistent (otherwise fd_set/__fds_bits clash with Foundation).
#include <stdlib.h>
#include <stdio.h>
#include <igraph.h>
#endif
