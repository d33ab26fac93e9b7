# an exception class's namespace: BaseException gives its instances a __dict__ already
class AppError(Exception):
    code = 1


print(vars(AppError))
