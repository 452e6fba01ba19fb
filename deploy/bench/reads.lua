-- An agent's reads, one path after another from HUIYIN_READ_PATHS (separated by '|'), with the same token.
dofile("report.lua")

local paths = {}
for path in string.gmatch(os.getenv("HUIYIN_READ_PATHS"), "[^|]+") do paths[#paths + 1] = path end
local next_path = 0

function init(args)
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("HUIYIN_TOKEN")
  wrk.headers["Accept-Language"] = "en"
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
