-- Ticket intake as an agent does it: POST /api/v1/tickets with a distinct description each time.
dofile("post.lua")

local categories = { "Plumbing", "Electrical", "Lift", "Cleaning", "Security", "Other" }

function request()
  sent = sent + 1
  local body = string.format(
    '{"kind":"Repair","channel":"Phone","customerId":"%s","category":"%s","description":"Bench %d-%d-%d: the tap drips"}',
    customers[sent % #customers + 1], categories[sent % #categories + 1], thread_number, sent, math.random(1, 1e9))
  return wrk.format(nil, "/api/v1/tickets", nil, body)
end
