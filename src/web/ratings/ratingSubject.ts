import type { RatingSubject } from '../../shared/ratings/ratings.enums';

/** The number of what a rating or rectification concerns: the case's, the 12345 ticket's or the "一件事"'s (docs/decisions.md D18, D24). */
export function subjectNo(r: { subject: RatingSubject; caseNo: string | null; ticketNo: string | null; bundleNo: string | null }): string | null {
  switch (r.subject) {
    case 'ticket':
      return r.ticketNo;
    case 'bundle':
      return r.bundleNo;
    case 'case':
      return r.caseNo;
  }
}
