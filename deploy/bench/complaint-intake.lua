-- Complaint intake as an agent does it: POST /api/v1/complaints, a General complaint about a department with a
-- distinct description each time; notSameMatter, as the agent says when the customer already has one open.
dofile("post.lua")

local categories = { "Service", "Fees", "Maintenance", "Security", "Cleaning", "Parking" }

function request()
  sent = sent + 1
  local body = string.format(
    '{"channel":"Phone","customerId":"%s","category":"%s","targetKind":"Department","targetDepartment":"工程部",' ..
    '"notSameMatter":true,"description":"Bench %d-%d-%d: nobody came back about the lift noise"}',
    customers[sent % #customers + 1], categories[sent % #categories + 1], thread_number, sent, math.random(1, 1e9))
  return wrk.format(nil, "/api/v1/complaints", nil, body)
end
