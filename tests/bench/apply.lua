-- wrk script for the application POST: every request is a complete, valid
-- application with its own idempotency key (32 hex digits: a per-thread random
-- prefix and a counter). The CSRF token and cookie were fetched once by
-- run.sh and arrive in BENCH_CSRF_TOKEN / BENCH_CSRF_COOKIE.

local counter = 0
local prefix
local threads = 0

function setup(thread)
   threads = threads + 1
   thread:set("thread_index", threads)
end

function init(args)
   math.randomseed(os.time() * 1000 + (thread_index or 0))
   prefix = string.format("%08x%08x", math.random(0, 0x7fffffff), math.random(0, 0x7fffffff))
end

local function urlencode(s)
   return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local fields = {
   agency = "mzj", applicant_type = "person", person_name = "王晓明", id_type = "resident_id",
   id_number = "11010519491231002X", work_unit = "宁国市第一中学", phone = "13905634567",
   email = "wangxm@example.cn", address = "安徽省宁国市西津街道中山路88号", postcode = "242300",
   info_doc_no = "", info_purpose = "", medium = "electronic", delivery = "online", declaration = "1",
   info_description = "请提供2025年宁国市城乡低保资金发放总额和保障人数。",
   csrf_token = os.getenv("BENCH_CSRF_TOKEN") or "",
}
local fixed = {}
for name, value in pairs(fields) do
   fixed[#fixed + 1] = name .. "=" .. urlencode(value)
end
fixed = table.concat(fixed, "&")
local title = urlencode("2025年城乡最低生活保障资金发放情况（第")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "csrf=" .. (os.getenv("BENCH_CSRF_COOKIE") or "")

function request()
   counter = counter + 1
   local key = string.format("%s%016x", prefix, counter)
   local body = fixed .. "&idempotency_key=" .. key .. "&info_title=" .. title .. counter .. "%E4%BB%BD%EF%BC%89"
   return wrk.format(nil, nil, nil, body)
end
