import type { Messages } from './en.js';

export const vi: Messages = {
  'state.loading': 'Đang tải…',
  'state.empty': 'Chưa có gì ở đây.',
  'state.error': 'Đã xảy ra lỗi.',
  'action.retry': 'Thử lại',
  'error.validation': 'Vui lòng sửa các trường được đánh dấu.',
  'error.not-found': 'Không tìm thấy. Có thể mục này đã bị xóa.',
  'error.conflict': 'Ai đó đã thay đổi mục này trong lúc đó. Hãy tải lại và thử lại.',
  'error.unavailable': 'Hiện không thể truy cập dữ liệu. Nội dung bạn nhập vẫn được giữ; hãy thử lại sau ít phút.',
  'field.required': 'Trường này là bắt buộc.',
  'field.email': 'Nhập địa chỉ email, ví dụ ten@example.com.',
  'field.too_long': 'Giá trị quá dài.',
  'field.too_small': 'Giá trị quá nhỏ.',
  'field.too_big': 'Giá trị quá lớn.',
  'field.number': 'Nhập một số.',
  'field.integer': 'Nhập một số nguyên.',
  'field.date': 'Nhập ngày hợp lệ.',
  'field.invalid': 'Giá trị không hợp lệ.',
  'field.unknown_status': 'Chiến dịch không có trạng thái này.',
  'adapter.provided': 'Dữ liệu từ nhà cung cấp của trang: {name}',
  'adapter.default': 'Dữ liệu lưu trong trình duyệt này: {name}',
};
