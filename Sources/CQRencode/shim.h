#ifndef PATHWAYS_CQRENCODE_SHIM_H
#define PATHWAYS_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
