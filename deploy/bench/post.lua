-- Shared by the intake scripts: each wrk thread numbered, the agent's token and the customers to post for.
-- Environment: HUIYIN_TOKEN (an agent's bearer token), HUIYIN_CUSTOMER_IDS (comma-separated).
dofile("report.lua")

customers = {}
for id in string.gmatch(os.getenv("HUIYIN_CUSTOMER_IDS"), "[^,]+") do customers[#customers + 1] = id end
sent = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("HUIYIN_TOKEN")
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept-Language"] = "en"
end
