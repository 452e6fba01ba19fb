-- Ticket intake as an agent does it: POST /api/v1/tickets with a distinct description each time.
-- Environment: HUIYIN_TOKEN (an agent's bearer token), HUIYIN_CUSTOMER_IDS (comma-separated).
dofile("report.lua")

local customers = {}
for id in string.gmatch(os.getenv("HUIYIN_CUSTOMER_IDS"), "[^,]+") do customers[#customers + 1] = id end
local categories = { "Plumbing", "Electrical", "Lift", "Cleaning", "Security", "Other" }
local threads = 0
local sent = 0

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

function request()
  sent = sent + 1
  local body = string.format(
    '{"kind":"Repair","channel":"Phone","customerId":"%s","category":"%s","description":"Bench %d-%d-%d: the tap drips"}',
    customers[sent % #customers + 1], categories[sent % #categories + 1], thread_number, sent, math.random(1, 1e9))
  return wrk.format(nil, "/api/v1/tickets", nil, body)
end
