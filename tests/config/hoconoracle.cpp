#include "hoconoracle.h"

#include <hocon/config.hpp>
#include <hocon/config_object.hpp>
#include <hocon/config_render_options.hpp>
#include <hocon/config_resolve_options.hpp>

std::string oracleJson(const std::string &text, std::string *error)
{
    try {
        // Optional substitutions of unset variables drop their keys, as the server's parser does.
        const auto config =
            hocon::config::parse_string(text)->resolve(hocon::config_resolve_options(true, false));
        return config->root()->render(hocon::config_render_options::concise());
    } catch (const std::exception &e) {
        *error = e.what();
        return {};
    }
}
