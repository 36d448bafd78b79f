-- A different diacritic-free query on every request: two words of the catalogue's vocabulary,
-- a page, and a number in a parameter the page does not read, so that the page cache neither keeps
-- nor serves any of them: every request is searched and rendered.
local words = { "cap", "giay", "phep", "dang", "ky", "thanh", "lap", "hoi", "nghi", "quoc", "te", "doanh",
  "nghiep", "xay", "dung", "nha", "dat", "dai", "chung", "nhan", "ho", "tich", "khai", "sinh", "ket", "hon",
  "moi", "truong", "giao", "duc", "lao", "dong", "van", "hoa", "du", "lich", "nong", "thuy", "san", "thue" }
local counter = 0
request = function()
  counter = counter + 1
  local a = words[math.random(#words)]
  local b = words[math.random(#words)]
  return wrk.format("GET", "/procedures?q=" .. a .. "%20" .. b .. "&page=" .. (counter % 3) .. "&n=" .. counter)
end
