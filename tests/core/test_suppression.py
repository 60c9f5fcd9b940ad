"""Small numbers are never shown, nor can they be worked out from what is."""

from core.suppression import suppressed_row


def test_counts_of_five_and_over_and_zeros_are_shown():
    assert suppressed_row([5, 0, 12]) == ([5, 0, 12], 17)


def test_a_count_under_five_is_hidden_with_the_smallest_other_so_the_total_gives_nothing_away():
    assert suppressed_row([3, 9, 20]) == ([None, None, 20], 32)


def test_two_small_counts_hide_each_other():
    assert suppressed_row([1, 2, 30]) == ([None, None, 30], 33)


def test_with_nothing_else_to_hide_the_total_is_hidden():
    assert suppressed_row([4, 0, 0]) == ([None, 0, 0], None)


def test_a_small_total_is_hidden():
    assert suppressed_row([2, 2, 0]) == ([None, None, 0], None)
