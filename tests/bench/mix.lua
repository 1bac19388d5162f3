-- wrk script: cycles through the public pages the bench measures, so the
-- top-up to 100,000 requests (for the RSS check) is the same mix.

local paths = {
   "/", "/catalogue", "/catalogue?page=4000", "/mzj/catalogue",
   os.getenv("BENCH_ENTRY_PATH") or "/mzj/catalogue/1", "/mzj/guides/1",
   "/search?q=%E6%9C%80%E4%BD%8E%E7%94%9F%E6%B4%BB%E4%BF%9D%E9%9A%9C",
   "/search?q=%E5%A9%9A%E5%A7%BB",
}
local i = 0

function request()
   i = i % #paths + 1
   return wrk.format("GET", paths[i])
end
