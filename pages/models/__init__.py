from .professionals import LevelOfNeed, LevelsOfNeedPage, ProfessionalsPage
from .site_pages import PAGE_LINK_HELP, ContentPage, HomePage, Navigation

__all__ = [
    "PAGE_LINK_HELP",
    "ContentPage",
    "HomePage",
    "LevelOfNeed",
    "LevelsOfNeedPage",
    "Navigation",
    "ProfessionalsPage",
]
