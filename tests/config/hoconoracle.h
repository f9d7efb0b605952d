#pragma once

#include <string>

// The independent HOCON parser (cpp-hocon, Debian's libcpp-hocon-dev) behind a plain
// interface, so that no Boost or leatherman header meets Qt's. Test-only: never linked into
// ocw_core. Returns the resolved document as concise JSON, or sets `error`.
std::string oracleJson(const std::string &text, std::string *error);
