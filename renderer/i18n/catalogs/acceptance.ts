/**
 * Messages of a book's lifecycle buttons (finish keying, accept, re-open), the acceptance check
 * screen and the locked-book notice of the entry screen, Vietnamese first; the English object
 * must carry exactly the same keys (its type says so). Merged into the main catalogs by vi.ts
 * and en.ts.
 */
export const acceptanceVi = {
  'acceptance.finish': 'Hoàn thành nhập',
  'acceptance.open': 'Nghiệm thu',
  'acceptance.reopen': 'Mở lại sổ',
  'acceptance.finished': 'Sổ {quyenSo} đã nhập xong, chờ nghiệm thu.',
  'acceptance.reopened': 'Đã mở lại sổ {quyenSo} để nhập, sửa tiếp.',
  'acceptance.accepted': 'Đã nghiệm thu sổ {quyenSo}. Sổ đã khóa.',
  'acceptance.locked': 'Đã khóa',
  'acceptance.acceptedBy': 'Nghiệm thu: {name}, {date}',

  'acceptance.title': 'Nghiệm thu sổ {type} quyển {quyenSo}',
  'acceptance.intro':
    'Kết quả kiểm tra sổ trước khi nghiệm thu. Mục "Chưa đạt" phải xử lý xong mới nghiệm thu được; mục "Cần giải trình" được chấp nhận khi có giải trình bằng văn bản.',
  'acceptance.checkLabel': 'Kết quả kiểm tra',
  'acceptance.level.ok': 'Đạt',
  'acceptance.level.explain': 'Cần giải trình',
  'acceptance.level.block': 'Chưa đạt',
  'acceptance.level.unavailable': 'Chưa có',
  'acceptance.count.title': 'Số bản ghi so với khảo sát',
  'acceptance.count.detail': 'Khảo sát {surveyed}; đã nhập {keyed} và hư hỏng {damaged}, cộng {total}.',
  'acceptance.count.match': 'Khớp với số đã khảo sát.',
  'acceptance.count.short': 'Thiếu {n} bản ghi so với khảo sát: cần giải trình (ví dụ mất trang, khảo sát đếm nhầm).',
  'acceptance.count.excess': 'Thừa {n} bản ghi so với khảo sát: cần giải trình (ví dụ khảo sát đếm thiếu).',
  'acceptance.unsettled.title': 'Bản ghi chưa duyệt',
  'acceptance.unsettled.none': 'Mọi bản ghi đã được duyệt hoặc ghi nhận hư hỏng.',
  'acceptance.unsettled.some': '{n} bản ghi chưa duyệt (bản nháp, chờ duyệt hoặc bị trả lại): phải nhập xong và duyệt trước khi nghiệm thu.',
  'acceptance.invalid.title': 'Bản ghi có lỗi',
  'acceptance.invalid.none': 'Không bản ghi nào có lỗi.',
  'acceptance.invalid.some': '{n} bản ghi có lỗi: phải sửa (bản ghi sửa xong được duyệt lại) trước khi nghiệm thu.',
  'acceptance.unlinked.title': 'Bản ghi chưa gắn trang ảnh',
  'acceptance.unlinked.unavailable':
    'Chưa có: ứng dụng chưa lưu liên kết giữa bản ghi và trang ảnh quét, nên chưa kiểm tra được mục này. Mục này không chặn nghiệm thu.',
  'acceptance.unlinked.none': 'Mọi bản ghi đã gắn trang ảnh.',
  'acceptance.unlinked.some': '{n} bản ghi chưa gắn trang ảnh: cần giải trình.',
  'acceptance.entry': 'Số {so} — {status}',
  'acceptance.entryNoSo': 'Bản ghi chưa có số — {status}',
  'acceptance.more': '… và {n} bản ghi khác.',
  'acceptance.blocked': 'Chưa nghiệm thu được: còn mục "Chưa đạt".',
  'acceptance.ready': 'Có thể nghiệm thu.',
  'acceptance.readyWithNote': 'Có thể nghiệm thu khi ghi giải trình cho các mục "Cần giải trình".',
  'acceptance.signOff': 'Nghiệm thu sổ…',
  'acceptance.recheck': 'Kiểm tra lại',
  'acceptance.back': 'Về danh sách sổ',

  'acceptance.dialog.title': 'Nghiệm thu sổ {quyenSo}',
  'acceptance.dialog.intro': 'Sau khi nghiệm thu, sổ bị khóa: không nhập, sửa được nữa cho đến khi mở lại (có lý do, ghi vào nhật ký).',
  'acceptance.dialog.note': 'Ghi chú nghiệm thu, giải trình',
  'acceptance.dialog.noteRequired': 'Bắt buộc: giải trình các mục "Cần giải trình".',
  'acceptance.dialog.noteOptional': 'Không bắt buộc.',
  'acceptance.dialog.submit': 'Nghiệm thu và khóa sổ',

  'acceptance.reopenDialog.title': 'Mở lại sổ {quyenSo}',
  'acceptance.reopenDialog.intro': 'Sổ trở lại trạng thái "Đang nhập" để nhập, sửa tiếp. Lý do được ghi vào nhật ký.',
  'acceptance.reopenDialog.reason': 'Lý do mở lại',
  'acceptance.reopenDialog.reasonHint': 'Bắt buộc.',
  'acceptance.reopenDialog.submit': 'Mở lại sổ',

  'acceptance.entryLocked':
    'Sổ {quyenSo} đã nghiệm thu nên đã khóa: không nhập thêm hay sửa bản ghi được. Muốn nhập tiếp, công chức tư pháp mở lại sổ (ghi lý do) ở mục Sổ.',
  'acceptance.otherBook': 'Chọn sổ khác',
} satisfies Record<string, string>;

export const acceptanceEn: Record<keyof typeof acceptanceVi, string> = {
  'acceptance.finish': 'Finish keying',
  'acceptance.open': 'Accept',
  'acceptance.reopen': 'Re-open book',
  'acceptance.finished': 'Book {quyenSo} is keyed and awaits acceptance.',
  'acceptance.reopened': 'Book {quyenSo} is re-opened for keying and corrections.',
  'acceptance.accepted': 'Book {quyenSo} is accepted and now locked.',
  'acceptance.locked': 'Locked',
  'acceptance.acceptedBy': 'Accepted by {name}, {date}',

  'acceptance.title': 'Accept book {type} no. {quyenSo}',
  'acceptance.intro':
    'What the book looks like before acceptance. "Not met" lines must be resolved before it can be accepted; "Needs explanation" lines pass with a written explanation.',
  'acceptance.checkLabel': 'Check results',
  'acceptance.level.ok': 'Met',
  'acceptance.level.explain': 'Needs explanation',
  'acceptance.level.block': 'Not met',
  'acceptance.level.unavailable': 'Not available',
  'acceptance.count.title': 'Entries against the survey',
  'acceptance.count.detail': 'Surveyed {surveyed}; keyed {keyed} and damaged {damaged}, {total} in all.',
  'acceptance.count.match': 'Matches the survey.',
  'acceptance.count.short': '{n} entries fewer than surveyed: explain why (e.g. lost pages, a miscount).',
  'acceptance.count.excess': '{n} entries more than surveyed: explain why (e.g. the survey undercounted).',
  'acceptance.unsettled.title': 'Entries not approved',
  'acceptance.unsettled.none': 'Every entry is approved or recorded as damaged.',
  'acceptance.unsettled.some': '{n} entries not approved (draft, awaiting review or returned): key and approve them before acceptance.',
  'acceptance.invalid.title': 'Entries with errors',
  'acceptance.invalid.none': 'No entry has errors.',
  'acceptance.invalid.some': '{n} entries have errors: correct them (they are reviewed again) before acceptance.',
  'acceptance.unlinked.title': 'Entries without a linked page scan',
  'acceptance.unlinked.unavailable':
    'Not available: the app does not yet keep links between entries and page scans, so this cannot be checked. It does not block acceptance.',
  'acceptance.unlinked.none': 'Every entry has a linked page scan.',
  'acceptance.unlinked.some': '{n} entries have no linked page scan: explain why.',
  'acceptance.entry': 'No. {so} — {status}',
  'acceptance.entryNoSo': 'Entry without a number — {status}',
  'acceptance.more': '… and {n} more.',
  'acceptance.blocked': 'Cannot be accepted yet: some lines are "Not met".',
  'acceptance.ready': 'Ready to accept.',
  'acceptance.readyWithNote': 'Can be accepted with an explanation of the "Needs explanation" lines.',
  'acceptance.signOff': 'Accept book…',
  'acceptance.recheck': 'Check again',
  'acceptance.back': 'Back to the books',

  'acceptance.dialog.title': 'Accept book {quyenSo}',
  'acceptance.dialog.intro': 'Once accepted the book is locked: no keying or corrections until it is re-opened (with a reason, logged).',
  'acceptance.dialog.note': 'Acceptance note, explanation',
  'acceptance.dialog.noteRequired': 'Required: explain the "Needs explanation" lines.',
  'acceptance.dialog.noteOptional': 'Optional.',
  'acceptance.dialog.submit': 'Accept and lock the book',

  'acceptance.reopenDialog.title': 'Re-open book {quyenSo}',
  'acceptance.reopenDialog.intro': 'The book goes back to "Keying" for more keying and corrections. The reason is written to the audit log.',
  'acceptance.reopenDialog.reason': 'Reason for re-opening',
  'acceptance.reopenDialog.reasonHint': 'Required.',
  'acceptance.reopenDialog.submit': 'Re-open book',

  'acceptance.entryLocked':
    'Book {quyenSo} is accepted and locked: no more keying or corrections. To key again, the justice officer re-opens it (with a reason) in Books.',
  'acceptance.otherBook': 'Choose another book',
};
