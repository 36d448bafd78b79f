-- :count generated procedures over the existing agencies, as a province's catalogue of about
-- 2,000 procedures over three levels: names of four to seven Vietnamese words (search_text holds
-- them folded, as the portal writes it), two document requirements each, all accepting dossiers.
create temporary table bench_word (n int, word text, folded text);
insert into bench_word
select row_number() over (), w, f
from unnest(
  array['cấp','giấy','phép','đăng','ký','thành','lập','hội','nghị','thảo','quốc','tế','doanh','nghiệp',
        'xây','dựng','nhà','ở','đất','đai','chứng','nhận','quyền','sử','dụng','hộ','tịch','khai','sinh',
        'kết','hôn','môi','trường','giáo','dục','y','tế','lao','động','thương','binh','xã','văn','hóa',
        'du','lịch','thể','thao','nông','nghiệp','thủy','sản','giao','thông','vận','tải','tài','chính',
        'thuế','công','an','tư','pháp','tôn','giáo','khen','thưởng','điều','chỉnh','gia','hạn','thu','hồi'],
  array['cap','giay','phep','dang','ky','thanh','lap','hoi','nghi','thao','quoc','te','doanh','nghiep',
        'xay','dung','nha','o','dat','dai','chung','nhan','quyen','su','dung','ho','tich','khai','sinh',
        'ket','hon','moi','truong','giao','duc','y','te','lao','dong','thuong','binh','xa','van','hoa',
        'du','lich','the','thao','nong','nghiep','thuy','san','giao','thong','van','tai','tai','chinh',
        'thue','cong','an','tu','phap','ton','giao','khen','thuong','dieu','chinh','gia','han','thu','hoi']) as t(w, f);

create temporary table bench_agency as
select row_number() over (order by code) as n, id, admin_level from agency;

create temporary table bench_procedure as
select g as i, gen_random_uuid() as id,
       (select id from bench_agency where n = 1 + g % (select count(*) from bench_agency)) as agency_id,
       (select admin_level from bench_agency where n = 1 + g % (select count(*) from bench_agency)) as admin_level,
       array(select 1 + floor(random() * (select count(*) from bench_word))::int
             from generate_series(1, 4 + g % 4) where g > 0) as words
from generate_series(1, :count) as g;

insert into procedure (id, code, name, field, agency_id, service_level, admin_level, processing_days, fee_vnd,
                       postal_return_offered, online_payment_offered, accepting_dossiers, search_text, revision)
select p.id, 'BENCH.' || lpad(p.i::text, 6, '0'),
       initcap((select string_agg(word, ' ' order by o) from unnest(p.words) with ordinality as u(n, o) join bench_word using (n)))
         || ' (mẫu ' || p.i || ')',
       'Lĩnh vực thử tải', p.agency_id,
       case when p.i % 3 = 0 then 'PARTIAL_ONLINE' else 'FULL_ONLINE' end, p.admin_level,
       5 + p.i % 20, (p.i % 5) * 50000, true, false, true,
       (select string_agg(folded, ' ' order by o) from unnest(p.words) with ordinality as u(n, o) join bench_word using (n))
         || ' (mau ' || p.i || ') bench.' || lpad(p.i::text, 6, '0') || ' linh vuc thu tai', 1
from bench_procedure p;

insert into document_requirement (id, procedure_id, position, name, mandatory, accepted_types, max_size_bytes)
select gen_random_uuid(), p.id, r, case r when 1 then 'Đơn đề nghị theo mẫu' else 'Bản sao giấy tờ liên quan' end,
       r = 1, 'PDF', null
from bench_procedure p cross join generate_series(1, 2) as r;
